import type { TextEdit } from '../document/findings';
import type { Span } from '../document/range';
import type { YEntry, YMap, YNode } from '../parse/yamlTree';
import { blockFields, flowFields, inlineValue, type FieldValue, type Fields } from './itemText';
import { columnOf, isFlow, lastContentLine, spaces, type Layout } from './layout';
import { styleOf } from './lists';

export interface FieldPlacement {
  /** Existing keys to write the new one after, most preferred first; else after the last key. */
  readonly after?: readonly string[];
}

/** True when a key has no value: nothing after its colon, or YAML's explicit nothing (`~`, `null`). */
export function isEmptyValue(node: YNode): boolean {
  return node.kind === 'scalar' && (node.value === null || node.value === undefined);
}

/**
 * The text a new value of an entry replaces: its value with the node properties (`!tag`, `&anchor`)
 * written before it, which were the old value's (a tag left in front of the new value would retag
 * it, and behind it the YAML would not parse). For YAML's explicit nothing that is the `~` or
 * `null` (text inserted next to it would read as `2026-06-15 ~`); for no value at all, the place
 * right after the colon.
 */
export function valueSpan(layout: Layout, entry: YEntry): Span {
  const { span } = entry.node;
  const colon = layout.text.indexOf(':', entry.keySpan.end);
  const at = colon === -1 ? entry.keySpan.end : colon + 1;
  const properties = propertiesAfter(layout.text, at);
  if (span.end > span.start) return properties && properties.end <= span.start ? { start: properties.start, end: span.end } : span;
  // An empty value's span may start past the spaces after its properties, but they are not its own.
  return properties ?? { start: at, end: at };
}

/** Node properties (`!tag`, `&anchor`), one or more, with the spaces before them. */
const PROPERTIES = /[ \t]*([!&][^\s,\]}]*(?:[ \t]+[!&][^\s,\]}]*)*)/y;

/** The node properties written on a line from `at`, past the spaces before them. */
function propertiesAfter(text: string, at: number): Span | undefined {
  PROPERTIES.lastIndex = at;
  const match = PROPERTIES.exec(text);
  if (!match) return undefined;
  const end = at + match[0].length;
  return { start: end - match[1].length, end };
}

/**
 * Adds keys to a mapping: after the preferred key's lines in a block mapping (at its keys'
 * indentation), or before the closing brace in a flow mapping.
 */
export function addFields(layout: Layout, map: YMap, fields: Fields, placement: FieldPlacement = {}): TextEdit {
  const entries = [...map.entries.values()];
  if (isFlow(layout, map)) {
    const last = entries.at(-1);
    if (!last) return { span: { start: map.span.start + 1, end: map.span.start + 1 }, newText: flowFields(fields) };
    const end = isEmptyValue(last.node) ? valueSpan(layout, last).end : last.node.span.end;
    return { span: { start: end, end }, newText: `, ${flowFields(fields)}` };
  }
  const anchor = placement.after?.map((key) => map.entries.get(key)).find((entry) => entry !== undefined) ?? entries.at(-1)!;
  const column = columnOf(layout, entries[0].keySpan.start);
  const at = layout.lines.lineStartOffset(Math.max(lastContentLine(layout, anchor.node), layout.lines.positionAt(anchor.keySpan.start).line) + 1);
  return { span: { start: at, end: at }, newText: `${spaces(column)}${blockFields(fields, column, styleOf(layout))}${layout.eol}` };
}

/** A bare list item (`- Team lead`) rewritten as a mapping with its text as the title, plus new keys. */
export function expandBareItem(layout: Layout, item: YNode, inFlowList: boolean, fields: Fields): TextEdit {
  const source = layout.text.slice(item.span.start, item.span.end);
  // A plain title folded over several lines would need deeper indentation under `title:`: write it on one line instead.
  const title: FieldValue = /[\r\n]/.test(source) ? String(item.value) : { verbatim: source };
  const all: Fields = [['title', title], ...fields];
  if (inFlowList) return { span: item.span, newText: `{${flowFields(all)}}` };
  const block = blockFields(all, columnOf(layout, item.span.start), styleOf(layout));
  // `- Lead # later`: the comment was about the title, so it stays on the title's line.
  const comment = /^[ \t]+#[^\r\n]*/.exec(layout.text.slice(item.span.end));
  if (!comment) return { span: item.span, newText: block };
  const firstBreak = block.search(/\r?\n/);
  const newText = firstBreak === -1 ? `${block}${comment[0]}` : `${block.slice(0, firstBreak)}${comment[0]}${block.slice(firstBreak)}`;
  return { span: { start: item.span.start, end: item.span.end + comment[0].length }, newText };
}

export interface SetOptions extends FieldPlacement {
  /** Whether an existing value may be replaced; an empty one is always filled. */
  readonly overwrite?: (node: YNode) => boolean;
}

/**
 * Sets one key of a list item: fills or replaces it when present, adds it when absent, and turns a
 * bare item into a mapping first. No edit when the item cannot take the key (or already has it).
 */
export function setItemField(layout: Layout, items: YNode | undefined, index: number, key: string, value: FieldValue, options: SetOptions = {}): TextEdit[] {
  if (items?.kind !== 'seq') return [];
  const item = items.items[index];
  if (!item) return [];
  if (item.kind === 'scalar') return typeof item.value === 'string' ? [expandBareItem(layout, item, isFlow(layout, items), [[key, value]])] : [];
  if (item.kind !== 'map') return [];
  return setMapField(layout, item, key, value, options);
}

/** Sets one key of a mapping (see setItemField). */
export function setMapField(layout: Layout, map: YMap, key: string, value: FieldValue, options: SetOptions = {}): TextEdit[] {
  const existing = map.entries.get(key);
  if (!existing) return [addFields(layout, map, [[key, value]], options)];
  const inFlow = isFlow(layout, map);
  if (!isEmptyValue(existing.node) && !options.overwrite?.(existing.node)) return [];
  const span = valueSpan(layout, existing);
  // A block scalar's value runs through its last line break, which the key after it still needs.
  const lineBreak = /\r?\n$/.exec(layout.text.slice(span.start, span.end))?.[0] ?? '';
  return [{ span, newText: `${span.start === span.end ? ' ' : ''}${inlineValue(value, inFlow)}${lineBreak}` }];
}
