import type { TextEdit } from '../document/findings';
import { minimalEdit } from './applyEdits';

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
  for (const [i, j] of commonLines(a, b)) {
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

/**
 * The pairs of line numbers (in `a`, in `b`) left alone by a shortest edit script, in order. Myers'
 * greedy walk costs time and memory in proportion to the lines times the number of differences, few
 * for a change a person makes; lines shared at both ends are matched first without it.
 */
function commonLines(a: readonly string[], b: readonly string[]): [number, number][] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const pairs: [number, number][] = [];
  for (let i = 0; i < head; i++) pairs.push([i, i]);
  for (const [i, j] of middlePairs(a.slice(head, a.length - tail), b.slice(head, b.length - tail))) pairs.push([head + i, head + j]);
  for (let t = tail; t > 0; t--) pairs.push([a.length - t, b.length - t]);
  return pairs;
}

function middlePairs(a: readonly string[], b: readonly string[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return [];
  const offset = n + m;
  const v = new Int32Array(2 * offset + 2);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= n + m && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  // Walk the trace back from the end, collecting the diagonal (shared) moves.
  const pairs: [number, number][] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const before = trace[d];
    const k = x - y;
    const down = k === -d || (k !== d && before[offset + k - 1] < before[offset + k + 1]);
    const previousK = down ? k + 1 : k - 1;
    const previousX = d === 0 ? 0 : before[offset + previousK];
    const previousY = d === 0 ? 0 : previousX - previousK;
    while (x > previousX && y > previousY) {
      x--;
      y--;
      pairs.push([x, y]);
    }
    x = previousX;
    y = previousY;
  }
  return pairs.reverse();
}
