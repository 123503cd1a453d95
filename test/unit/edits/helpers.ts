import * as assert from 'node:assert/strict';
import { applyEdits } from '../../../src/core/edits';
import type { TextEdit } from '../../../src/core/document/findings';
import { parsePlan, type ParsedPlan } from '../../../src/core/parse/parsePlan';

/** A plan file from its lines, joined with the given line break. */
export function file(lines: readonly string[], eol = '\n'): string {
  return lines.join(eol) + eol;
}

/**
 * Runs an edit operation on a text and returns the edited text, after checking what every edit
 * must keep: the result still parses without new problems, and the line breaks are the file's.
 */
export function edited(text: string, operation: (parsed: ParsedPlan) => TextEdit[]): string {
  const parsed = parsePlan(text);
  const edits = operation(parsed);
  const result = applyEdits(text, edits);
  const before = parsed.problems.map((problem) => problem.ruleId);
  const after = parsePlan(result).problems.map((problem) => problem.ruleId);
  assert.deepEqual(after, before, `the edit introduced problems:\n${result}`);
  if (text.includes('\r\n')) assert.ok(!/[^\r]\n/.test(result), 'a CRLF file gained a bare LF');
  return result;
}
