import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { canonicalKey, childContext, type Context } from '../aliases';
import type { Span } from '../range';

/**
 * The frontmatter as a small tree of located values: plain data (canonical keys, for validation)
 * side by side with the span of every value and key (for messages and edits). The YAML library's
 * own tree is dropped once this is built, which keeps a held plan small.
 */
export type YNode = YScalar | YMap | YSeq;

interface YBase {
  readonly span: Span;
  /** Plain data with canonical keys in null-prototype objects; null values are left out of maps. */
  readonly value: unknown;
}
export interface YScalar extends YBase {
  readonly kind: 'scalar';
}
export interface YMap extends YBase {
  readonly kind: 'map';
  readonly entries: ReadonlyMap<string, YEntry>;
}
export interface YSeq extends YBase {
  readonly kind: 'seq';
  readonly items: readonly YNode[];
}
export interface YEntry {
  /** The key as written. */
  readonly key: string;
  readonly keySpan: Span;
  readonly node: YNode;
}

export interface YamlProblem {
  readonly span: Span;
  readonly message: string;
}

export interface YamlRead {
  readonly root?: YNode;
  /** True when the YAML itself is broken: then type checks would only add noise. */
  readonly broken: boolean;
  readonly problems: YamlProblem[];
}

/** Deeper than any plan needs; bounds the walk on hostile input. */
const MAX_DEPTH = 32;

/** Reads the YAML between the fences; `offset` is where that text starts in the document. */
export function readYaml(source: string, offset: number): YamlRead {
  const problems: YamlProblem[] = [];
  const at = (start: number, end: number): Span => ({ start: offset + start, end: offset + Math.max(start, end) });
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: true, keepSourceTokens: false });
  for (const error of doc.errors) {
    problems.push({ span: at(error.pos[0], error.pos[1]), message: yamlMessage(error.code, error.message) });
  }
  for (const warning of doc.warnings) {
    problems.push({ span: at(warning.pos[0], warning.pos[1]), message: yamlMessage(warning.code, warning.message) });
  }

  function convert(node: YamlNode | null | undefined, context: Context, depth: number): YNode | undefined {
    if (!node) return undefined;
    const [start, end] = node.range ?? [0, 0];
    const span = at(start, end);
    if (isAlias(node)) {
      problems.push({ span, message: `Aliases (*${node.source}) are not read in a plan: write the value out where it is used.` });
      return undefined;
    }
    if (depth > MAX_DEPTH) {
      problems.push({ span, message: `Nesting deeper than ${MAX_DEPTH} levels is not read.` });
      return undefined;
    }
    if (isScalar(node)) return { kind: 'scalar', span, value: node.value };
    if (isSeq(node)) {
      const items: YNode[] = [];
      for (const item of node.items) {
        const converted = convert(item as YamlNode, context, depth + 1);
        if (converted) items.push(converted);
      }
      return { kind: 'seq', span, items, value: items.map((item) => item.value) };
    }
    if (isMap(node)) {
      const entries = new Map<string, YEntry>();
      const value: Record<string, unknown> = Object.create(null);
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) {
          problems.push({ span, message: 'Keys must be plain words, like `goal` or `target`.' });
          continue;
        }
        const written = String(pair.key.value);
        const key = canonicalKey(context, written);
        const keySpan = at(pair.key.range?.[0] ?? start, pair.key.range?.[1] ?? start);
        const previous = entries.get(key);
        if (previous) {
          // The same key twice is the YAML library's to report; a key and its alias (or another case) is ours.
          if (previous.key !== written) problems.push({ span: keySpan, message: `\`${written}\` repeats \`${previous.key}\`: keep one of them.` });
          continue;
        }
        const child = convert(pair.value as YamlNode | null, childContext(context, key), depth + 1) ?? {
          kind: 'scalar' as const,
          span: { start: keySpan.end, end: keySpan.end },
          value: null,
        };
        entries.set(key, { key: written, keySpan, node: child });
        if (child.value !== null && child.value !== undefined) value[key] = child.value;
      }
      return { kind: 'map', span, entries, value };
    }
    return undefined;
  }

  const root = convert(doc.contents as YamlNode | null, 'plan', 0);
  return { root, problems, broken: doc.errors.length > 0 };
}

/** The YAML library's messages name its internals; these say what to change. */
function yamlMessage(code: string, fallback: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'This key is written twice in the same mapping: keep one.';
    case 'TAB_AS_INDENT':
      return 'Tabs cannot indent YAML: use spaces.';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return `The indentation or punctuation here is off: ${firstSentence(fallback)}`;
    case 'TAG_RESOLVE_FAILED':
      return 'Custom YAML tags (like !!js/function) are not read in a plan; the value is kept as text.';
    case 'MULTIPLE_DOCS':
      return 'Only one YAML document fits between the fences: remove the extra `---`.';
    default:
      return `The frontmatter is not valid YAML: ${firstSentence(fallback)}`;
  }
}

function firstSentence(message: string): string {
  const line = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return /[.:]$/.test(line) ? line : `${line}.`;
}
