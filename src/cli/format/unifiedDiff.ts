import { sharedLines } from '../../core/edits/lineDiff';
import { terminalText } from './terminalText';

const CONTEXT = 3;

type Op = { kind: ' ' | '-' | '+'; line: string };

/**
 * The unified diff (as `diff -u` and git print it) from one text to another, with three lines of
 * context; empty when they are the same. For reading in a terminal: each line goes through
 * terminalText; a CRLF line keeps its CR, so the diff applies to the file as it is.
 */
export function unifiedDiff(name: string, before: string, after: string): string {
  if (before === after) return '';
  const ops = diffLines(splitLines(before), splitLines(after));
  // As git does, a name with a space ends in a tab, where patch stops reading it (else at the space).
  const end = name.includes(' ') ? '\t' : '';
  const out = [`--- a/${terminalText(name)}${end}`, `+++ b/${terminalText(name)}${end}`];
  for (const hunk of hunks(ops)) out.push(hunk);
  return `${out.join('\n')}\n`;
}

/** Lines split at LF, so a CRLF line keeps its CR: `patch` and `git apply` then find a CRLF plan's lines. */
function splitLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** A line for the terminal: its characters made visible, except the CR of a CRLF line, which a patch needs and a terminal ends the line at anyway. */
const shown = (line: string) => (line.endsWith('\r') ? `${terminalText(line.slice(0, -1))}\r` : terminalText(line));

/** The line operations turning `a` into `b`: around each line they share, what one drops and the other adds. */
function diffLines(a: readonly string[], b: readonly string[]): Op[] {
  const ops: Op[] = [];
  let x = 0;
  let y = 0;
  for (const [i, j] of [...sharedLines(a, b), [a.length, b.length] as const]) {
    while (x < i) ops.push({ kind: '-', line: a[x++] });
    while (y < j) ops.push({ kind: '+', line: b[y++] });
    if (i < a.length) ops.push({ kind: ' ', line: a[i] });
    x = i + 1;
    y = j + 1;
  }
  return ops;
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
    result.push(`@@ -${range(lineA, countA)} +${range(lineB, countB)} @@`, ...slice.map((op) => `${op.kind}${shown(op.line)}`));
  }
  return result;
}

/** A hunk's range as diff writes it: `start,count`, 1-based, where an empty range names the line before it. */
const range = (before: number, count: number) => `${count === 0 ? before : before + 1},${count}`;
