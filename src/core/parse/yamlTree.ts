import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import type { Context } from '../format/types';
import type { ReadCache } from '../document/readCache';
import type { Span } from '../document/range';
import { readSimpleYaml } from './simpleYaml';
import { MAX_DEPTH, MapBuilder, seqNode, type YamlProblem, type YamlRead, type YNode } from './yamlNodes';

export type { YEntry, YMap, YNode, YScalar, YSeq, YamlProblem, YamlRead } from './yamlNodes';

/**
 * Reads the YAML between the fences; `offset` is where that text starts in the document. Most plans
 * are plain block mappings and lists, which a small reader handles at a tenth of the YAML library's
 * cost; anything else (or anything it is unsure of) goes to the library.
 */
export function readYaml(source: string, offset: number, cache?: ReadCache): YamlRead {
  const read = () => readSimpleYaml(source, offset) ?? readYamlLibrary(source, offset);
  // Edits read the frontmatter the parse has just read, once per fix: the analysis's cache keeps it.
  return cache ? cache.get(`yaml at ${offset}`, source, read) : read();
}

/** The YAML library's reading, for every frontmatter the simple reader leaves to it. */
export function readYamlLibrary(source: string, offset: number): YamlRead {
  const problems: YamlProblem[] = [];
  const at = (start: number, end: number): Span => ({ start: offset + start, end: offset + Math.max(start, end) });
  // resolveKnownTags: false keeps YAML 1.1's !!timestamp, !!binary, !!set, !!omap and !!pairs from
  // making a Date, a Buffer or a Set; like any other unknown tag, they are reported and their value stays text.
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: true, keepSourceTokens: false, resolveKnownTags: false });
  // One mistake nested a thousand deep ("[[[[…") is reported by the library at every level: the same
  // message is kept a few times, at its first places, not a thousand.
  const said = new Map<string, number>();
  for (const { pos, code, message } of [...doc.errors, ...doc.warnings]) {
    const text = yamlMessage(code, message);
    const times = (said.get(text) ?? 0) + 1;
    said.set(text, times);
    // The library marks a key written twice by its first character: the whole key is underlined.
    const end = code === 'DUPLICATE_KEY' ? pos[0] + keyLength(source, pos[0]) : pos[1];
    if (times <= SAME_MESSAGE_KEPT) problems.push({ span: at(pos[0], end), message: text });
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
      return seqNode(span, items);
    }
    if (isMap(node)) {
      const map = new MapBuilder(context, problems);
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) {
          problems.push({ span, message: 'Keys must be plain words, like `goal` or `target`.' });
          continue;
        }
        const keySpan = at(pair.key.range?.[0] ?? start, pair.key.range?.[1] ?? start);
        // `: value` has a key of nothing: say so, rather than name a key `null` nobody wrote.
        if (pair.key.value === null || pair.key.value === '') {
          problems.push({ span: keySpan.end > keySpan.start ? keySpan : at(pair.key.range?.[0] ?? start, (pair.key.range?.[0] ?? start) + 1), message: 'A key is missing before this colon: write the key, like `goal:`, or remove the line.' });
          continue;
        }
        map.add(String(pair.key.value), keySpan, (child) => convert(pair.value as YamlNode | null, child, depth + 1));
      }
      return map.build(span);
    }
    return undefined;
  }

  const root = convert(doc.contents as YamlNode | null, 'plan', 0);
  return { root, problems, broken: doc.errors.length > 0 };
}

/** The length of the key written at `from`: quoted, up to its closing quote; else up to its colon. */
function keyLength(source: string, from: number): number {
  const quoted = /^(["'])(?:(?!\1)[^\n\\]|\\.)*\1/.exec(source.slice(from, from + 1000));
  if (quoted) return quoted[0].length;
  const plain = /^[^\n:#]*[^\s:#]/.exec(source.slice(from, from + 1000));
  return Math.max(1, plain?.[0].length ?? 1);
}

/** How many times the same message from the library is kept. */
const SAME_MESSAGE_KEPT = 3;

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
      // The library's own recursion ran out of stack: say what it means for the plan, not the engine's words.
      if (/call stack/i.test(fallback)) return `The frontmatter nests too deeply to be read: keep it within ${MAX_DEPTH} levels.`;
      return `The frontmatter is not valid YAML: ${firstSentence(fallback)}`;
  }
}

function firstSentence(message: string): string {
  const line = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return /[.:]$/.test(line) ? line : `${line}.`;
}
