import { writeFile } from 'node:fs/promises';
import type { Finding } from '../core/document/findings';
import { fixText } from '../core/lint/fixText';
import { lintText, type LintRequest } from '../core/lint/lint';
import { encodeText, type PlanFile } from './files';
import { unifiedDiff } from './format/unifiedDiff';

export interface FixOutcome {
  /** The findings left once the fixes are in (all of them, when the plan could not be fixed). */
  readonly findings: Finding[];
  /** The diff of what the fixes change (empty when nothing). */
  readonly diff: string;
  /** Why the plan was not fixed, when it could not be: the run goes on with the other plans. */
  readonly problem?: string;
}

/**
 * `--fix` and `--fix-dry-run` for one plan: applies the fixes that write no placeholder (see
 * core/fixes/fixText.ts) and, unless it is a dry run, writes the file back in the encoding it was
 * read in. A file whose bytes did not decode exactly (invalid UTF-8) is left as it is rather than
 * written back with every such byte replaced, and said to be so.
 */
export async function fixPlan(file: PlanFile, request: LintRequest, write: boolean): Promise<FixOutcome> {
  const fixed = fixText(file.text, request);
  if (fixed.text === file.text) return { findings: fixed.findings, diff: '' };
  const unfixed = (problem: string): FixOutcome => ({ findings: lintText(file.text, request).findings, diff: '', problem });
  if (!file.exact) return unfixed(`${file.name}: not fixed: it is not valid UTF-8, and writing it back would change more than the fixes.`);
  if (write) {
    try {
      await writeFile(file.absolute, encodeText(fixed.text, file.encoding));
    } catch (error) {
      return unfixed(`${file.name}: not fixed: it cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
    }
  }
  return { findings: fixed.findings, diff: unifiedDiff(file.name.split('\\').join('/'), file.text, fixed.text) };
}
