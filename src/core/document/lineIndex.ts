import type { Position, Range, Span } from './range';

/**
 * Converts between offsets and line/character positions of one text. Line breaks are \n, \r\n or a
 * lone \r, as editors count them.
 */
export class LineIndex {
  /** Offset of the first character of each line. */
  private readonly starts: number[] = [0];
  /** The line positionAt found last (see lineOf). */
  private lastLine = 0;

  constructor(
    readonly text: string,
    starts?: number[],
  ) {
    if (starts) {
      this.starts = starts;
      return;
    }
    // Without a \r, indexOf finds the line breaks about twice as fast as a loop (a 5 MB plan: ~12 ms).
    if (text.indexOf('\r') === -1) {
      for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) this.starts.push(at + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      } else if (c === 10 /* \n */) {
        this.starts.push(i + 1);
      }
    }
  }

  /**
   * The index of `text`, a new version of `previous.text` where `[from, oldTo)` became
   * `[from, newTo)`: line starts before the change are kept, those after it moved, and only the
   * changed text is scanned. A keystroke in a 5 MB plan need not scan 5 MB.
   */
  static edited(previous: LineIndex, text: string, from: number, oldTo: number, newTo: number): LineIndex {
    // A line starts at p after a \n, or after a \r not followed by \n: it depends on p - 1 and p.
    const old = previous.starts;
    const kept = Math.max(1, previous.firstLineStartingAtOrAfter(from));
    const moved = previous.firstLineStartingAtOrAfter(oldTo + 1);
    const starts = old.slice(0, kept);
    for (let p = Math.max(1, from); p <= newTo && p <= text.length; p++) {
      const before = text.charCodeAt(p - 1);
      if (before === 10 || (before === 13 && text.charCodeAt(p) !== 10)) starts.push(p);
    }
    const delta = newTo - oldTo;
    const after = old.slice(moved);
    if (delta !== 0) for (let line = 0; line < after.length; line++) after[line] += delta;
    return new LineIndex(text, starts.concat(after));
  }

  /** The first line that starts at `offset` or later (the line count when none does). */
  private firstLineStartingAtOrAfter(offset: number): number {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.starts[mid] < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }


  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const low = this.lineOf(clamped);
    // An offset between the \r and the \n of one line break (the YAML library reports some errors
    // there) is no place an editor can show: it stands for the end of its line.
    const insideCrlf = this.text.charCodeAt(clamped) === 10 && this.text.charCodeAt(clamped - 1) === 13;
    return { line: low, character: clamped - this.starts[low] - (insideCrlf ? 1 : 0) };
  }

  /**
   * The line holding `offset`. Readers ask about offsets in the order of the text, most often in the
   * line last found or the next one: those two are looked at before a binary search (a body of
   * 27,000 one-line headings spent half its reading time in the search).
   */
  private lineOf(offset: number): number {
    const starts = this.starts;
    const last = this.lastLine;
    if (starts[last] <= offset) {
      if (last + 1 === starts.length || starts[last + 1] > offset) return last;
      if (last + 2 === starts.length || starts[last + 2] > offset) return (this.lastLine = last + 1);
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return (this.lastLine = low);
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const lineEnd = this.lineEndOffset(position.line);
    return Math.min(this.starts[position.line] + Math.max(0, position.character), lineEnd);
  }

  rangeOf(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }

  /** The offset just past the last character of the line, before its line break. */
  lineEndOffset(line: number): number {
    const next = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    let end = next;
    if (end > this.starts[line] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.starts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineStartOffset(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStartOffset(line), this.lineEndOffset(line));
  }

  /** The line break this text uses most, so inserted lines match the file. */
  get eol(): string {
    // Counted from the line starts, not by splitting: the text may be megabytes long.
    let crlf = 0;
    let lf = 0;
    for (let line = 1; line < this.starts.length; line++) {
      const start = this.starts[line];
      if (this.text.charCodeAt(start - 1) !== 10) continue;
      if (this.text.charCodeAt(start - 2) === 13) crlf++;
      else lf++;
    }
    return crlf > lf ? '\r\n' : '\n';
  }
}
