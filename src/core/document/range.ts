/**
 * Source locations, independent of any editor. Lines and characters are 0-based and characters
 * count UTF-16 code units, the same convention as JavaScript strings and the VS Code API, so an
 * adapter maps them one to one.
 */
export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** A half-open span of offsets into the document text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

export function rangeContains(outer: Range, inner: Range): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}
