import { writeFile } from 'node:fs/promises';
import type { Finding } from '../core/document/findings';
import { fixText } from '../core/lint/fixText';
import type { LintRequest } from '../core/lint/lint';
import { encodeText, type PlanFile } from './files';
import { unifiedDiff } from './format/unifiedDiff';
import { UsageError } from './io';

export interface FixOutcome {
  /** The findings left once the fixes are in. */
  readonly findings: Finding[];
  /** The diff of what the fixes change (empty when nothing). */
  readonly diff: string;
}

/**
 * `--fix` and `--fix-dry-run` for one plan: applies the fixes that write no placeholder (see
 * core/fixes/fixText.ts) and, unless it is a dry run, writes the file back in the encoding it was
 * read in. A file whose bytes did not decode exactly (invalid UTF-8) is refused rather than written
 * back with every such byte replaced.
 */
export async function fixPlan(file: PlanFile, request: LintRequest, write: boolean): Promise<FixOutcome> {
  const fixed = fixText(file.text, request);
  if (fixed.text === file.text) return { findings: fixed.findings, diff: '' };
  if (!file.exact) throw new UsageError(`${file.name}: not fixed: it is not valid UTF-8, and writing it back would change more than the fixes.`);
  if (write) {
    try {
      await writeFile(file.absolute, encodeText(fixed.text, file.encoding));
    } catch (error) {
      throw new UsageError(`${file.name}: cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
    }
  }
  return { findings: fixed.findings, diff: unifiedDiff(file.name.split('\\').join('/'), file.text, fixed.text) };
}
