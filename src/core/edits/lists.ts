import type { TextEdit } from '../document/findings';
import type { Span } from '../document/range';
import type { YNode, YSeq } from '../parse/yamlTree';
import { minimalEdit } from './applyEdits';
import { blockItem, flowItem, type BlockStyle, type ItemSpec } from './itemText';
import { columnOf, indentOfLine, isFlow, lastContentLine, lineOf, type Layout } from './layout';

/** A line's start up to where a comment begins, when that is only indentation and dashes (`  - # the big one`, `  # note`). */
const BEFORE_COMMENT = /^[ \t]*(?:-[ \t]+)*(?=#)/;

/**
 * The `-` that opens a block list item. It may sit lines above the item's content, with a comment
 * after it (`- # the big one`) or comment lines between them.
 */
export function dashOffset(layout: Layout, item: YNode): number {
  const { text, lines } = layout;
  let at = item.span.start;
  for (;;) {
    while (at > 0 && /\s/.test(text[at - 1])) at--;
    if (text[at - 1] === '-') return at - 1;
    const lineStart = lines.lineStartOffset(lineOf(layout, at - 1));
    const beforeComment = BEFORE_COMMENT.exec(text.slice(lineStart, at));
    if (at === 0 || !beforeComment) return item.span.start;
    const dash = beforeComment[0].lastIndexOf('-');
    if (dash !== -1) return lineStart + dash;
    at = lineStart;
  }
}

/** Characters from an item's dash to its content (`- ` is 2). */
export function contentOffset(layout: Layout, seq: YSeq): number {
  for (const item of seq.items) {
    const dash = dashOffset(layout, item);
    if (lineOf(layout, dash) === lineOf(layout, item.span.start) && item.span.start > dash) return item.span.start - dash;
  }
  return 2;
}

export function styleOf(layout: Layout): BlockStyle {
  return { eol: layout.eol, listIndent: layout.indentedLists ? layout.indent : 0 };
}

const isComment = (line: string) => line.trimStart().startsWith('#');

/**
 * The whole lines of a block list item: the comment lines right above its dash (level with the dash,
 * or any comment above the first item), its content, and the deeper-indented comment lines right
 * after it. A comment level with the dash after an item introduces the next one.
 */
export function itemExtent(layout: Layout, seq: YSeq, index: number): Span {
  const { lines } = layout;
  const item = seq.items[index];
  const dash = dashOffset(layout, item);
  const dashColumn = columnOf(layout, dash);
  let first = lineOf(layout, dash);
  while (first > 0) {
    const above = lines.lineText(first - 1);
    if (!isComment(above)) break;
    const indent = indentOfLine(above);
    if (indent !== dashColumn && !(index === 0 && indent > dashColumn)) break;
    first--;
  }
  let last = lastContentLine(layout, item);
  while (last + 1 < lines.lineCount) {
    const below = lines.lineText(last + 1);
    if (!isComment(below) || indentOfLine(below) <= dashColumn) break;
    last++;
  }
  return { start: lines.lineStartOffset(first), end: lines.lineStartOffset(last + 1) };
}

/** The pieces an item reordering rewrites: each item's own text, with the text between them kept in place. */
function pieces(layout: Layout, seq: YSeq): Span[] {
  if (isFlow(layout, seq)) return seq.items.map((item) => item.span);
  return seq.items.map((_, index) => itemExtent(layout, seq, index));
}

/**
 * Moves item `from` to position `to` (both indexes into the list as written), carrying all its
 * lines and comments. Only the stretch between the two positions is rewritten.
 */
export function moveListItem(layout: Layout, seq: YSeq, from: number, to: number): TextEdit[] {
  const count = seq.items.length;
  if (from < 0 || from >= count || to < 0 || to >= count || from === to) return [];
  const spans = pieces(layout, seq);
  const lo = Math.min(from, to);
  const hi = Math.max(from, to);
  const order = spans.map((_, index) => index);
  order.splice(to, 0, ...order.splice(from, 1));
  const { text } = layout;
  let rewritten = '';
  for (let position = lo; position <= hi; position++) {
    const piece = spans[order[position]];
    rewritten += text.slice(piece.start, piece.end);
    if (position < hi) rewritten += text.slice(spans[position].end, spans[position + 1].start);
  }
  return [minimalEdit(text, spans[lo].start, spans[hi].end, rewritten)];
}

/** Appends an item at the end of a list, written in the list's own style. */
export function appendListItem(layout: Layout, seq: YSeq, spec: ItemSpec): TextEdit {
  if (isFlow(layout, seq)) {
    const last = seq.items.at(-1);
    if (!last) return { span: { start: seq.span.start + 1, end: seq.span.start + 1 }, newText: flowItem(spec) };
    return { span: { start: last.span.end, end: last.span.end }, newText: `, ${flowItem(spec)}` };
  }
  const lastIndex = seq.items.length - 1;
  const at = itemExtent(layout, seq, lastIndex).end;
  const dashColumn = columnOf(layout, dashOffset(layout, seq.items[lastIndex]));
  return { span: { start: at, end: at }, newText: blockItem(spec, dashColumn, contentOffset(layout, seq), styleOf(layout)) };
}

/** A new block list under a key written at `keyColumn`, as lines ending in a line break. */
export function newBlockList(layout: Layout, keyColumn: number, specs: readonly ItemSpec[]): string {
  const style = styleOf(layout);
  return specs.map((spec) => blockItem(spec, keyColumn + style.listIndent, 2, style)).join('');
}
