import type { TextEdit } from '../document/findings';
import { minimalEdit } from './applyEdits';
import { sharedLines } from './lineDiff';

/**
 * The few small edits that turn `before` into `after`, found by comparing whole lines (Myers'
 * shortest edit script) and then shrinking each changed stretch to the characters that differ.
 * Used where a change is made in turns, each turn on the text the last one left (a gap closed, then
 * the gaps re-ranked): the editor still gets one set of edits against the text it holds, touching
 * only the lines that changed, so one undo takes the whole change back.
 */
export function diffEdits(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  const a = splitLines(before);
  const b = splitLines(after);
  const edits: TextEdit[] = [];
  let aLine = 0;
  let bLine = 0;
  let aOffset = 0;
  let bOffset = 0;
  const flush = (toA: number, toB: number) => {
    const aEnd = aOffset + length(a, aLine, toA);
    const bEnd = bOffset + length(b, bLine, toB);
    if (toA > aLine || toB > bLine) edits.push(minimalEdit(before, aOffset, aEnd, after.slice(bOffset, bEnd)));
    aLine = toA;
    bLine = toB;
    aOffset = aEnd;
    bOffset = bEnd;
  };
  for (const [i, j] of sharedLines(a, b)) {
    flush(i, j);
    // The shared line itself: step over it in both texts.
    aOffset += a[i].length;
    bOffset += b[j].length;
    aLine = i + 1;
    bLine = j + 1;
  }
  flush(a.length, b.length);
  return edits;
}

/** Lines with their line breaks, so joining them gives the text back. */
function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function length(lines: readonly string[], from: number, to: number): number {
  let total = 0;
  for (let i = from; i < to; i++) total += lines[i].length;
  return total;
}
