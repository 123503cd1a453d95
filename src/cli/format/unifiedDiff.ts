import { terminalText } from './terminalText';

const CONTEXT = 3;

type Op = { kind: ' ' | '-' | '+'; line: string };

/**
 * The unified diff (as `diff -u` and git print it) from one text to another, with three lines of
 * context; empty when they are the same. For reading in a terminal: each line goes through
 * terminalText, and a line's break is not part of it (a CRLF file diffs as its lines).
 */
export function unifiedDiff(name: string, before: string, after: string): string {
  if (before === after) return '';
  const ops = diffLines(splitLines(before), splitLines(after));
  const out = [`--- a/${terminalText(name)}`, `+++ b/${terminalText(name)}`];
  for (const hunk of hunks(ops)) out.push(hunk);
  return `${out.join('\n')}\n`;
}

function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** The line operations turning `a` into `b`: Myers' shortest edit script, after the common start and end are set aside. */
function diffLines(a: readonly string[], b: readonly string[]): Op[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const middle = myers(a.slice(start, a.length - end), b.slice(start, b.length - end));
  const same = (lines: readonly string[]): Op[] => lines.map((line) => ({ kind: ' ', line }));
  return [...same(a.slice(0, start)), ...middle, ...same(a.slice(a.length - end))];
}

function myers(a: readonly string[], b: readonly string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const offset = n + m;
  const v = new Array<number>(2 * offset + 2).fill(0);
  const trace: number[][] = [];
  for (let d = 0; d <= n + m; d++) {
    trace.push([...v]);
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) [x, y] = [x + 1, y + 1];
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(a, b, trace, offset);
    }
  }
  return [];
}

function backtrack(a: readonly string[], b: readonly string[], trace: readonly number[][], offset: number): Op[] {
  const ops: Op[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 1; d >= 0; d--) {
    const v = trace[d];
    const k = x - y;
    const previousK = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? k + 1 : k - 1;
    const previousX = v[offset + previousK];
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      x--;
      y--;
      ops.push({ kind: ' ', line: a[x] });
    }
    if (d === 0) break;
    if (x === previousX) ops.push({ kind: '+', line: b[--y] });
    else ops.push({ kind: '-', line: a[--x] });
  }
  return ops.reverse();
}

/** The operations grouped into hunks of changes with their context, each under its `@@` header. */
function hunks(ops: readonly Op[]): string[] {
  const changed = ops.map((op, index) => (op.kind === ' ' ? -1 : index)).filter((index) => index !== -1);
  const result: string[] = [];
  let i = 0;
  while (i < changed.length) {
    const first = Math.max(0, changed[i] - CONTEXT);
    let last = changed[i];
    while (i + 1 < changed.length && changed[i + 1] - last <= 2 * CONTEXT) last = changed[++i];
    i++;
    const end = Math.min(ops.length, last + CONTEXT + 1);
    const lineA = ops.slice(0, first).filter((op) => op.kind !== '+').length;
    const lineB = ops.slice(0, first).filter((op) => op.kind !== '-').length;
    const slice = ops.slice(first, end);
    const countA = slice.filter((op) => op.kind !== '+').length;
    const countB = slice.filter((op) => op.kind !== '-').length;
    result.push(`@@ -${range(lineA, countA)} +${range(lineB, countB)} @@`, ...slice.map((op) => `${op.kind}${terminalText(op.line)}`));
  }
  return result;
}

/** A hunk's range as diff writes it: `start,count`, 1-based, where an empty range names the line before it. */
const range = (before: number, count: number) => `${count === 0 ? before : before + 1},${count}`;
