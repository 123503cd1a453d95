import type { LineIndex } from '../document/lineIndex';
import type { Span } from '../document/range';
import type { Heading } from '../plan/model';

/**
 * The lines of a Markdown body that a plan can be written in, one block per line: headings, list
 * items, table rows and lines of text. The headings are those the body reader found (parse/body.ts,
 * which knows setext headings, code and HTML blocks); this only sorts the other lines, skipping
 * fenced code, HTML comments and blank lines, so shapes never see a plan inside a code sample.
 */
export type Block = HeadingBlock | ItemBlock | RowBlock | TextBlock;

interface BlockBase {
  /** The whole line (both lines of a setext heading), without its line break. */
  readonly span: Span;
  readonly line: number;
  /** The line's words: markers, emphasis around a label and a trailing comment taken off. */
  readonly text: string;
  /** Where `text` stands in the document. */
  readonly textSpan: Span;
}

export interface HeadingBlock extends BlockBase {
  readonly kind: 'heading';
  readonly depth: number;
}

export interface ItemBlock extends BlockBase {
  readonly kind: 'item';
  /** Columns before the marker: a deeper item belongs to the one above it. */
  readonly indent: number;
  /** `- [x]` true, `- [ ]` false, a plain item undefined. */
  readonly checked?: boolean;
}

export interface Cell {
  readonly text: string;
  readonly span: Span;
}

export interface RowBlock extends BlockBase {
  readonly kind: 'row';
  readonly cells: readonly Cell[];
  /** The row right above a `|---|---|` line: it names the columns. */
  readonly header: boolean;
}

export interface TextBlock extends BlockBase {
  readonly kind: 'text';
  /** The line goes on a paragraph begun above it: it starts no label. */
  readonly continues: boolean;
}

const ITEM = /^([ \t]*)(?:[-*+•]|\d{1,3}[.)])[ \t]+(?:\[([ xX])\][ \t]+)?/;
const FENCE = /^[ ]{0,3}(`{3,}|~{3,})/;
const DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$/;
const THEMATIC_BREAK = /^[ ]{0,3}([-*_])([ \t]*\1){2,}[ \t]*$/;

export function readOutline(text: string, offset: number, lines: LineIndex, headings: readonly Heading[], end = text.length): Block[] {
  const blocks: Block[] = [];
  const headingAt = new Map<number, Heading>();
  for (const heading of headings) headingAt.set(heading.range.start.line, heading);
  let fence: string | undefined;
  let inComment = false;
  const firstLine = lines.positionAt(offset).line;
  const lastLine = lines.positionAt(end).line;
  for (let line = firstLine; line <= lastLine; line++) {
    const start = Math.max(lines.lineStartOffset(line), offset);
    const lineEnd = Math.min(lines.lineEndOffset(line), end);
    const raw = text.slice(start, lineEnd);
    if (fence !== undefined) {
      if (raw.trimStart().startsWith(fence)) fence = undefined;
      continue;
    }
    if (inComment) {
      if (raw.includes('-->')) inComment = false;
      continue;
    }
    const heading = headingAt.get(line);
    if (heading) {
      const last = heading.range.end.line;
      const spanEnd = lines.lineEndOffset(last);
      const words = heading.text;
      const at = raw.indexOf(words);
      blocks.push({ kind: 'heading', depth: heading.depth, line, span: { start, end: spanEnd }, text: stripLabelEmphasis(words), textSpan: at === -1 ? { start, end: lineEnd } : { start: start + at, end: start + at + words.length } });
      line = last;
      continue;
    }
    const fenceOpen = FENCE.exec(raw);
    if (fenceOpen) {
      fence = fenceOpen[1];
      continue;
    }
    if (raw.trim() === '' || THEMATIC_BREAK.test(raw)) continue;
    const trimmed = raw.trimStart();
    if (trimmed.startsWith('<!--')) {
      if (!raw.includes('-->')) inComment = true;
      continue;
    }
    const item = ITEM.exec(raw);
    if (item) {
      const words = cleanWords(text, start + item[0].length, lineEnd);
      blocks.push({ kind: 'item', line, span: { start, end: lineEnd }, indent: item[1].replace(/\t/g, '    ').length, ...(item[2] !== undefined && { checked: item[2] !== ' ' }), ...words });
      continue;
    }
    if (trimmed.startsWith('|')) {
      if (DELIMITER_ROW.test(raw)) {
        const above = blocks.at(-1);
        if (above?.kind === 'row' && above.line === line - 1) blocks[blocks.length - 1] = { ...above, header: true };
        continue;
      }
      const cells = readCells(text, start, lineEnd);
      blocks.push({ kind: 'row', line, span: { start, end: lineEnd }, cells, header: false, text: cells.map((cell) => cell.text).join(' | '), textSpan: { start, end: lineEnd } });
      continue;
    }
    // A quote's line reads as its words.
    const quote = /^[ \t]*(>[ \t]?)+/.exec(raw);
    const above = blocks.at(-1);
    const continues = above !== undefined && above.line === line - 1 && (above.kind === 'text' || above.kind === 'item');
    blocks.push({ kind: 'text', line, span: { start, end: lineEnd }, continues, ...cleanWords(text, start + (quote ? quote[0].length : 0), lineEnd) });
  }
  return blocks;
}

/** The words from `from` to `to`: spaces, a trailing `<!-- … -->` and a line's closing hard break taken off. */
function cleanWords(text: string, from: number, to: number): { text: string; textSpan: Span } {
  let end = to;
  const comment = text.lastIndexOf('<!--', end);
  if (comment >= from && text.indexOf('-->', comment) !== -1 && text.indexOf('-->', comment) < to) end = comment;
  while (end > from && /[ \t\\]/.test(text[end - 1])) end--;
  let start = from;
  while (start < end && /[ \t]/.test(text[start])) start++;
  return { text: stripLabelEmphasis(text.slice(start, end)), textSpan: { start, end } };
}

/** `**Goal:** x` and `**Goal**: x` read as `Goal: x`: emphasis around a label is how many write one. */
function stripLabelEmphasis(words: string): string {
  return words.replace(/^(\*\*|__)([^*_:]{1,60}?)(:?)\1(:?)/, (_whole, _mark, label: string, inside: string, outside: string) => `${label}${inside}${outside}`);
}

/** The cells of a table row, each with its words and where they stand. */
function readCells(text: string, from: number, to: number): Cell[] {
  const cells: Cell[] = [];
  let at = text.indexOf('|', from) + 1;
  while (at < to) {
    let next = at;
    while (next < to && !(text[next] === '|' && text[next - 1] !== '\\')) next++;
    let start = at;
    let end = next;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    // The space after the last `|` is no cell.
    if (next < to || start < end) cells.push({ text: stripLabelEmphasis(text.slice(start, end)), span: { start, end } });
    at = next + 1;
  }
  return cells;
}
