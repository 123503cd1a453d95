import { canonicalKey, childContext } from '../format/lookup';
import type { Context } from '../format/types';
import type { Span } from '../document/range';

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
export const MAX_DEPTH = 32;

export function seqNode(span: Span, items: YNode[]): YSeq {
  return { kind: 'seq', span, items, value: items.map((item) => item.value) };
}

/** Collects a mapping's entries under their canonical keys, the same way for both readers. */
export class MapBuilder {
  private readonly entries = new Map<string, YEntry>();
  private readonly value: Record<string, unknown> = Object.create(null);

  constructor(
    private readonly context: Context,
    private readonly problems: YamlProblem[],
  ) {}

  /** Adds `written: value`; `read` turns the value into a node, given the context its key gives it. */
  add(written: string, keySpan: Span, read: (context: Context) => YNode | undefined): void {
    const key = canonicalKey(this.context, written);
    const previous = this.entries.get(key);
    if (previous) {
      // The same key twice is the YAML library's to report; a key and its alias (or another case) is ours.
      if (previous.key !== written) this.problems.push({ span: keySpan, message: `\`${written}\` repeats \`${previous.key}\`: keep one of them.` });
      return;
    }
    const child = read(childContext(this.context, key)) ?? { kind: 'scalar' as const, span: { start: keySpan.end, end: keySpan.end }, value: null };
    this.entries.set(key, { key: written, keySpan, node: child });
    if (child.value !== null && child.value !== undefined) this.value[key] = child.value;
  }

  build(span: Span): YMap {
    return { kind: 'map', span, entries: this.entries, value: this.value };
  }
}

