import type { IsoDate } from '../../../../src/core/calendar/dates';
import type { Finding, Fix } from '../../../../src/core/document/findings';
import { disableForLine } from '../../../../src/core/fixes/disableForLine';
import { lint } from '../../../../src/core/lint/lint';
import { InvariantError } from '../invariants';
import { checkEdit } from './checkEdit';
import { snapshot, type Region, type Snapshot } from './snapshot';

/**
 * The linter's fixes and suggestions and the "disable for this line" edit, held to the same standard
 * as the edit operations: each stays inside the frontmatter (or, for a comment, the line above),
 * changes only the part of the plan its rule is about, adds no problem, and is undone exactly.
 */
const KEYS_A_FIX_MAY_CHANGE: Readonly<Record<string, readonly string[]>> = {
  CP302: ['steps'],
  // Moving a step renumbers the gaps' `blocks: <number>` that name it by its place.
  CP303: ['steps', 'gaps'],
  CP305: ['gaps'],
  CP401: ['values'],
  CP501: ['target'],
  CP601: ['steps'],
  CP603: ['gaps'],
  CP604: ['gaps'],
  CP605: ['review'],
  CP606: ['moments'],
};

/** Fixes whose finding must be gone once applied (a move may leave another step out of order). */
const RESOLVES_ITS_FINDING = new Set(['CP005', 'CP302', 'CP305', 'CP401', 'CP601', 'CP604', 'CP605', 'CP606']);

/**
 * Problems a fix or suggestion may bring to light. CP005 suggests renaming a misspelt key to the one
 * it was meant as, whose value is then read as that key's: a wrong date, a missing title or a
 * misspelt key inside it shows.
 */
const MAY_REVEAL: Readonly<Record<string, readonly string[]>> = { CP005: ['CP003', 'CP004', 'CP005'] };

export interface FixStats {
  fixes: number;
  disables: number;
}

export function checkLintFixes(text: string, today: IsoDate, stats?: FixStats, maxDisables = 3): void {
  const before = snapshot(text);
  const findings = lint(before.parsed, { today });
  const frontmatter = frontmatterRegion(before);
  for (const finding of findings) {
    const offered = [...(finding.fix ? [{ kind: 'fix', fix: finding.fix }] : []), ...(finding.suggestions ?? []).map((fix) => ({ kind: 'suggestion', fix }))];
    for (const { kind, fix } of offered) {
      if (!frontmatter) throw new InvariantError(`${finding.ruleId} offers a ${kind} on a plan without a readable frontmatter`);
      checkFix(before, finding, fix, `${kind} of ${finding.ruleId} "${fix.title}"`, frontmatter, today);
      if (stats) stats.fixes++;
    }
  }
  for (const finding of findings.slice(0, maxDisables)) {
    checkDisable(before, finding, today);
    if (stats) stats.disables++;
  }
}

function checkFix(before: Snapshot, finding: Finding, fix: Fix, label: string, frontmatter: Region, today: IsoDate): void {
  const keys = KEYS_A_FIX_MAY_CHANGE[finding.ruleId];
  const after = checkEdit(before, fix.edits, { region: frontmatter, onlyKeys: keys, mayReveal: MAY_REVEAL[finding.ruleId] }, label);
  if (after !== before && RESOLVES_ITS_FINDING.has(finding.ruleId)) {
    const still = lint(after.parsed, { today }).filter((other) => other.ruleId === finding.ruleId && other.subject === finding.subject);
    if (still.length > 0) throw new InvariantError(`${label}: applied, yet ${finding.ruleId} still reports ${finding.subject}: ${still[0].message}`);
  }
}

function checkDisable(before: Snapshot, finding: Finding, today: IsoDate): void {
  const line = finding.range.start.line;
  const edit = disableForLine(before.parsed, line, finding.ruleId);
  if (!edit) return;
  const { lines } = before;
  const region: Region = { start: lines.lineStartOffset(Math.max(0, line - 1)), end: lines.lineStartOffset(line) };
  const label = `disable ${finding.ruleId} on line ${line}`;
  const after = checkEdit(before, [edit], { region, data: before.data }, label);
  if (after === before) return;
  const headings = (s: Snapshot) => s.parsed.plan.body.headings.map((heading) => heading.text);
  const tasks = (s: Snapshot) => s.parsed.plan.body.tasks.map((task) => `${task.checked} ${task.text}`);
  if (JSON.stringify(headings(after)) !== JSON.stringify(headings(before)) || JSON.stringify(tasks(after)) !== JSON.stringify(tasks(before))) {
    throw new InvariantError(`${label}: the body's headings or tasks changed`);
  }
  const shifted = edit.newText.endsWith('\n') || edit.newText.endsWith('\r') ? line + 1 : line;
  const still = lint(after.parsed, { today }).filter((other) => other.ruleId === finding.ruleId && other.range.start.line === shifted);
  if (still.length > 0) throw new InvariantError(`${label}: the comment was added, yet ${finding.ruleId} is still reported on that line: ${still[0].message}`);
}

/** From the first line of the YAML to the start of the closing fence's line, which new keys go before. */
function frontmatterRegion(snap: Snapshot): Region | undefined {
  const frontmatter = snap.parsed.plan.frontmatter;
  if (!frontmatter || !snap.root) return undefined;
  const { lines } = snap;
  const content = frontmatter.contentSpan;
  const closing = lines.positionAt(content.end).line + 1;
  return { start: lines.lineStartOffset(lines.positionAt(content.start).line + 1), end: lines.lineStartOffset(Math.min(closing, lines.lineCount - 1)) };
}
