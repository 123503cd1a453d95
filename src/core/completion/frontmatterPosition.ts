import { canonicalKey, childOf } from '../format/lookup';
import type { Context } from '../format/types';
import { LineIndex } from '../document/lineIndex';
import type { Span } from '../document/range';

/**
 * Where the cursor stands in a plan's frontmatter, worked out from indentation alone: the YAML under
 * the cursor is usually half typed and will not parse, but its indentation already says which
 * mapping the cursor is in.
 */
export type FrontmatterPosition = KeyPosition | ValuePosition;

export interface KeyPosition {
  readonly kind: 'key';
  /** The kind of mapping the key goes into. */
  readonly context: Context;
  /** Canonical keys the mapping already has (besides the one being typed). */
  readonly present: readonly string[];
  /** The partial key typed so far, to be replaced. */
  readonly replace: Span;
}

export interface ValuePosition {
  readonly kind: 'value';
  readonly context: Context;
  /** The canonical key whose value is typed. */
  readonly key: string;
  /** From just after the colon to the cursor; suggestions carry their own leading space. */
  readonly replace: Span;
  /** What is typed after the colon, trimmed. */
  readonly typed: string;
}

interface LineShape {
  readonly indent: number;
  /** Column of the dash when the line starts a list item. */
  readonly dash?: number;
  /** Column where a key on this line would start. */
  readonly keyColumn: number;
  readonly key?: string;
  /** True when the key has no value on its line: what follows, indented, belongs to it. */
  readonly opensBlock: boolean;
}

const KEY = /^([^\s#:'"[\]{},&*!|>%@`-][^:#]*?|-[^\s:#][^:#]*?)[ \t]*:(?=\s|$)(.*)$/;

function shapeOf(text: string): LineShape | undefined {
  const indent = /^ */.exec(text)![0].length;
  const content = text.slice(indent);
  if (content === '' || content.startsWith('#') || /^\s*$/.test(content)) return undefined;
  let rest = content;
  let dash: number | undefined;
  let keyColumn = indent;
  const item = /^-(?:[ \t]+|$)/.exec(content);
  if (item) {
    dash = indent;
    keyColumn = indent + item[0].length;
    rest = content.slice(item[0].length);
  }
  const key = KEY.exec(rest);
  if (!key) return { indent, dash, keyColumn, opensBlock: false };
  const value = key[2].trim();
  return { indent, dash, keyColumn, key: key[1].trim(), opensBlock: value === '' || value.startsWith('#') };
}

/** The lines between the fences, or undefined when the text has no frontmatter. */
function frontmatterLines(lines: LineIndex): { first: number; last: number } | undefined {
  if (!/^\uFEFF?---[ \t]*$/.test(lines.lineText(0))) return undefined;
  let line = 1;
  while (line < lines.lineCount && !lines.lineText(line).startsWith('---')) line++;
  return { first: 1, last: line - 1 };
}

export function frontmatterPosition(text: string, offset: number): FrontmatterPosition | undefined {
  const lines = new LineIndex(text);
  const cursor = lines.positionAt(offset);
  const fm = frontmatterLines(lines);
  if (!fm || cursor.line < fm.first || cursor.line > fm.last) return undefined;
  const lineStart = lines.lineStartOffset(cursor.line);
  const prefix = text.slice(lineStart, offset);
  if (prefix.includes('\t')) return undefined;

  const keyTyped = /^( *)(-[ \t]+)?([A-Za-z][\w -]*)?$/.exec(prefix);
  if (keyTyped) {
    const indent = keyTyped[1].length;
    const dash = keyTyped[2] ? indent : undefined;
    const column = indent + (keyTyped[2]?.length ?? 0);
    const context = enclosing(lines, fm.first, cursor.line, column, dash);
    if (!context) return undefined;
    const typed = keyTyped[3] ?? '';
    const present = siblings(lines, fm, cursor.line, column, dash, context.context);
    return { kind: 'key', context: context.context, present, replace: { start: offset - typed.length, end: offset } };
  }

  const shape = shapeOf(prefix);
  if (!shape?.key) return undefined;
  const colon = prefix.indexOf(':', shape.keyColumn + shape.key.length);
  const typed = prefix.slice(colon + 1);
  if (/^\s*["'[{|>&*!]/.test(typed) || typed.includes('#')) return undefined;
  const context = enclosing(lines, fm.first, cursor.line, shape.keyColumn, shape.dash);
  if (!context) return undefined;
  return { kind: 'value', context: context.context, key: canonicalKey(context.context, shape.key), replace: { start: lineStart + colon + 1, end: offset }, typed: typed.trim() };
}

/**
 * Walks up from the cursor line to find the chain of keys and list items that holds a mapping
 * whose keys start at `column` (`dash` when the cursor line itself starts a list item), and turns
 * it into the mapping's context.
 */
function enclosing(lines: LineIndex, first: number, line: number, column: number, dash: number | undefined): { context: Context } | undefined {
  const path: string[] = [];
  let mode: 'map' | 'seq' = dash === undefined ? 'map' : 'seq';
  let col = dash ?? column;
  if (dash !== undefined) path.unshift('-');

  for (let current = line - 1; current >= first; current--) {
    const shape = shapeOf(lines.lineText(current));
    if (!shape) continue;
    if (mode === 'map') {
      if (shape.keyColumn === col && shape.dash !== undefined) {
        // The first key of our mapping sits on this item's line.
        path.unshift('-');
        mode = 'seq';
        col = shape.dash;
        continue;
      }
      if (shape.keyColumn >= col || shape.indent >= col) continue;
    } else {
      if (shape.indent > col || (shape.dash === col && shape.keyColumn > col)) continue;
      if (shape.dash === col) continue;
      if (shape.keyColumn > col) continue;
    }
    if (!shape.key || !shape.opensBlock) return undefined;
    path.unshift(shape.key);
    if (shape.dash !== undefined) {
      path.unshift('-');
      mode = 'seq';
      col = shape.dash;
    } else {
      mode = 'map';
      col = shape.keyColumn;
    }
  }
  if (mode !== 'map' || col !== 0) return undefined;
  return contextOfPath(path);
}

/** The context a path of keys and list items (`-`) leads to, when each key holds what the path says it does. */
function contextOfPath(path: readonly string[]): { context: Context } | undefined {
  let context: Context = 'plan';
  for (let i = 0; i < path.length; i++) {
    if (path[i] === '-') return undefined;
    const child = childOf(context, canonicalKey(context, path[i]));
    const item = path[i + 1] === '-';
    if (!child || child.list !== item) return undefined;
    context = child.context;
    if (item) i++;
  }
  return { context };
}

/** Canonical keys of the mapping around the cursor line, above and below it. */
function siblings(lines: LineIndex, fm: { first: number; last: number }, line: number, column: number, dash: number | undefined, context: Context): string[] {
  const keys: string[] = [];
  const inItem = dash !== undefined;
  for (let current = line - 1; current >= fm.first && !inItem; current--) {
    const shape = shapeOf(lines.lineText(current));
    if (!shape) continue;
    if (shape.keyColumn === column && shape.key) keys.push(shape.key);
    if (shape.keyColumn === column && shape.dash !== undefined) break;
    if (shape.indent < column && shape.keyColumn !== column) break;
  }
  for (let current = line + 1; current <= fm.last; current++) {
    const shape = shapeOf(lines.lineText(current));
    if (!shape) continue;
    if (shape.indent < column) break;
    if (shape.keyColumn === column && shape.dash === undefined && shape.key) keys.push(shape.key);
  }
  return keys.map((key) => canonicalKey(context, key));
}
