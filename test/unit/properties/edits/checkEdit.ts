import { isDeepStrictEqual } from 'node:util';
import { applyEdits } from '../../../../src/core/edits/applyEdits';
import type { TextEdit } from '../../../../src/core/document/findings';
import { InvariantError, checkSpan } from '../invariants';
import { snapshot, type Region, type Snapshot } from './snapshot';

/**
 * What every edit of a plan must do, whatever it is: touch only the region it is about (everything
 * else byte-identical), write line breaks the way the file does, leave YAML that reads with no new
 * problems and, when the data it should produce is known, produce exactly that; and be undone
 * exactly by the inverse edits computed from the original text.
 */
export interface Expectation {
  /** Where the edits may fall; `newLines`: only whole new lines, inserted at the start of a line. */
  readonly region: Region | 'newLines';
  /** Further places the edits may change, outside the permutation rule (a step's move renumbering gaps' `blocks:`). */
  readonly alsoTouches?: readonly Region[];
  /** The frontmatter's data afterwards, when the operation defines it. */
  readonly data?: unknown;
  /** Data that must not change: every top-level key but these. */
  readonly onlyKeys?: readonly string[];
  /** The edit only reorders: the region holds the same characters afterwards. */
  readonly permutation?: boolean;
  /** Problems the edit may bring to light: a misspelt key renamed has its value read, and checked, at last. */
  readonly mayReveal?: readonly string[];
}

function fail(message: string): never {
  throw new InvariantError(message);
}

export function checkEdit(before: Snapshot, edits: readonly TextEdit[], expectation: Expectation, label: string): Snapshot {
  const { text } = before;
  const where = `${label} (edits ${JSON.stringify(edits)})`;
  for (const edit of edits) checkSpan(text, edit.span, where);
  const ordered = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  for (let i = 1; i < ordered.length; i++) {
    if (ordered[i].span.start < ordered[i - 1].span.end) fail(`${where}: edits overlap`);
  }

  if (expectation.region === 'newLines') {
    for (const edit of edits) {
      const atLineStart = edit.span.start === before.lines.lineStartOffset(before.lines.positionAt(edit.span.start).line);
      if (edit.span.start !== edit.span.end || !atLineStart || !/(\r\n|\n|\r)$/.test(edit.newText)) fail(`${where}: should insert whole lines at the start of a line`);
    }
  } else {
    const { start, end } = expectation.region;
    const inside = (edit: TextEdit, region: Region) => edit.span.start >= region.start && edit.span.end <= region.end;
    for (const edit of edits) {
      if (!inside(edit, expectation.region) && !expectation.alsoTouches?.some((region) => inside(edit, region))) fail(`${where}: touches ${edit.span.start}–${edit.span.end}, outside the intended ${start}–${end} ${JSON.stringify(text.slice(start, end))}`);
    }
  }

  const eol = uniformLineBreak(text);
  if (eol) {
    for (const edit of edits) {
      const breaks = edit.newText.match(/\r\n|\n|\r/g) ?? [];
      if (breaks.some((lineBreak) => lineBreak !== eol)) fail(`${where}: writes ${JSON.stringify(breaks)} in a file that uses ${JSON.stringify(eol)}`);
    }
  }

  const afterText = applyEdits(text, edits);
  const after = snapshot(afterText);
  const counts = problemCounts(before);
  for (const [ruleId, count] of problemCounts(after)) {
    if (count > (counts.get(ruleId) ?? 0) && !expectation.mayReveal?.includes(ruleId)) {
      const added = after.parsed.problems.filter((problem) => problem.ruleId === ruleId).map((problem) => problem.message);
      fail(`${where}: ${ruleId} problems went from ${counts.get(ruleId) ?? 0} to ${count}: ${added.join(' | ')}\n--- after:\n${afterText}`);
    }
  }

  if (expectation.data !== undefined && !isDeepStrictEqual(after.data, expectation.data)) {
    fail(`${where}: the frontmatter now reads ${JSON.stringify(after.data)}, expected ${JSON.stringify(expectation.data)}\n--- after:\n${afterText}`);
  }
  if (expectation.onlyKeys) {
    const keys = new Set([...Object.keys(before.data ?? {}), ...Object.keys(after.data ?? {})]);
    for (const key of keys) {
      if (expectation.onlyKeys.includes(key)) continue;
      if (!isDeepStrictEqual(before.data?.[key], after.data?.[key])) fail(`${where}: \`${key}\` changed, yet the edit is only about ${expectation.onlyKeys.join(', ')}`);
    }
  }
  if (expectation.permutation && expectation.region !== 'newLines') {
    const { start, end } = expectation.region;
    const delta = afterText.length - text.length;
    if (delta !== 0 || sorted(text.slice(start, end)) !== sorted(afterText.slice(start, end))) fail(`${where}: a move should only reorder the list's text`);
  }

  const undone = applyEdits(afterText, inverse(text, edits));
  if (undone !== text) fail(`${where}: undoing does not restore the original text`);
  return after;
}

/** The edits that turn the edited text back into the original, in the edited text's offsets. */
export function inverse(original: string, edits: readonly TextEdit[]): TextEdit[] {
  const ordered = edits.map((edit, order) => ({ edit, order })).sort((a, b) => a.edit.span.start - b.edit.span.start || a.edit.span.end - b.edit.span.end || a.order - b.order);
  let shift = 0;
  return ordered.map(({ edit }) => {
    const start = edit.span.start + shift;
    shift += edit.newText.length - (edit.span.end - edit.span.start);
    return { span: { start, end: start + edit.newText.length }, newText: original.slice(edit.span.start, edit.span.end) };
  });
}

function problemCounts(snap: Snapshot): Map<string, number> {
  const counts = new Map<string, number>();
  for (const problem of snap.parsed.problems) counts.set(problem.ruleId, (counts.get(problem.ruleId) ?? 0) + 1);
  return counts;
}

function uniformLineBreak(text: string): string | undefined {
  const kinds = new Set(text.match(/\r\n|\n|\r/g) ?? []);
  return kinds.size === 1 ? [...kinds][0] : undefined;
}

function sorted(text: string): string {
  return [...text].sort().join('');
}
