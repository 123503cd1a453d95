import { applyEdits } from '../edits/applyEdits';
import type { Finding, Fix } from '../document/findings';
import { lintText, type LintRequest } from './lint';
import { combineFixes } from '../fixes/combineFixes';

/** As ESLint's --fix: a fix left out for overlapping another gets its turn in a later pass, up to this many. */
const MAX_PASSES = 10;

/** The fixes a command line may apply unattended: every finding's own fix but those that write a placeholder. */
export function unattendedFixes(findings: readonly Finding[]): Fix[] {
  return findings.flatMap((finding) => (finding.fix && !finding.fix.placeholder ? [finding.fix] : []));
}

export interface FixedText {
  readonly text: string;
  /** The findings of the fixed text. */
  readonly findings: Finding[];
  /** How many passes changed the text. */
  readonly passes: number;
}

/**
 * Applies the unattended fixes to a plan's text, as the editor's "Fix all" applies them: the same
 * edits, merged by combineFixes, each replacing only its own span, so every character outside the
 * fixes keeps its place. Fixes that clash with one already taken wait for the next pass, with the
 * text linted again; it stops when a pass has nothing left to apply.
 */
export function fixText(text: string, request: LintRequest): FixedText {
  let current = text;
  let { findings } = lintText(current, request);
  let passes = 0;
  while (passes < MAX_PASSES) {
    const edits = combineFixes(unattendedFixes(findings));
    if (edits.length === 0) break;
    const next = applyEdits(current, edits);
    if (next === current) break;
    current = next;
    passes++;
    findings = lintText(current, request).findings;
  }
  return { text: current, findings, passes };
}
