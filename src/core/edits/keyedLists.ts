import type { TextEdit } from '../document/findings';
import type { YMap } from '../parse/yamlTree';
import { addFields, valueSpan, isEmptyValue } from './fields';
import { flowItem, type ItemSpec } from './itemText';
import { columnOf, isFlow, lineOf, type Layout } from './layout';
import { appendListItem, moveListItem, newBlockList } from './lists';

/** A number of places to move (`-1` is up), or the position to move to. */
export type Move = number | { readonly to: number };

export interface AppendOptions {
  /** Write a bare text as `title: …` unless the list holds only bare texts (steps and gaps do; actions stay bare). */
  readonly titled?: boolean;
}

/**
 * Appends an item to the list under `key` of a mapping (the frontmatter's top level, or a gap).
 * A missing top-level list is created just above the closing fence, a missing nested one after the
 * mapping's last key, and an empty one (`steps:`) right under its key.
 */
export function appendToKeyList(layout: Layout, map: YMap, key: string, spec: ItemSpec, options: AppendOptions = {}): TextEdit[] {
  return appendAllToKeyList(layout, map, key, [spec], options);
}

/** Appends several items, in order, as appendToKeyList does one: a missing or empty list is written once with all of them. */
export function appendAllToKeyList(layout: Layout, map: YMap, key: string, specs: readonly ItemSpec[], options: AppendOptions = {}): TextEdit[] {
  if (specs.length === 0) return [];
  const entry = map.entries.get(key);
  const node = entry?.node;
  const bareOnly = node?.kind === 'seq' && node.items.length > 0 && node.items.every((item) => item.kind === 'scalar');
  const items = specs.map((spec): ItemSpec => (typeof spec === 'string' && options.titled && !bareOnly ? [['title', spec]] : spec));
  if (!entry) {
    if (map === layout.root) {
      const at = layout.fenceStart;
      return [{ span: { start: at, end: at }, newText: `${key}:${layout.eol}${newBlockList(layout, 0, items)}` }];
    }
    return items.every((item) => typeof item === 'string') ? [addFields(layout, map, [[key, items as string[]]])] : [];
  }
  if (isEmptyValue(entry.node)) {
    const token = valueSpan(layout, entry);
    const written = token.end > token.start;
    if (isFlow(layout, map)) return [{ span: token, newText: `${written ? '' : ' '}[${items.map(flowItem).join(', ')}]` }];
    const at = layout.lines.lineStartOffset(lineOf(layout, written ? token.end : entry.keySpan.start) + 1);
    const list = { span: { start: at, end: at }, newText: newBlockList(layout, columnOf(layout, entry.keySpan.start), items) };
    if (!written) return [list];
    // A block list cannot follow `~` on its key's line: the token goes, with the spaces before it, and any comment stays.
    let start = token.start;
    while (start > 0 && (layout.text[start - 1] === ' ' || layout.text[start - 1] === '\t')) start--;
    return [{ span: { start, end: token.end }, newText: '' }, list];
  }
  if (entry.node.kind !== 'seq') return [];
  const seq = entry.node;
  // Into `[]` the items go as one text: each alone would start the list without a comma between them.
  if (seq.items.length === 0 && isFlow(layout, seq)) return [{ span: { start: seq.span.start + 1, end: seq.span.start + 1 }, newText: items.map(flowItem).join(', ') }];
  return items.map((item) => appendListItem(layout, seq, item));
}

/** The position an item at `index` moves to. */
export function destinationOf(index: number, move: Move): number {
  return typeof move === 'number' ? index + move : move.to;
}

export function moveKeyListItem(layout: Layout, map: YMap, key: string, index: number, move: Move): TextEdit[] {
  const node = map.entries.get(key)?.node;
  if (node?.kind !== 'seq') return [];
  return moveListItem(layout, node, index, destinationOf(index, move));
}
