import type { IsoDate } from '../calendar/dates';
import type { TextEdit } from '../document/findings';
import { addGapAction, addGaps, applyEdits, closeGap, markStepDone, moveGap, recordReview, rewriteGoal, setStepTarget } from '../edits';
// Not in the edits' index, which the editor loads with every plan: only a review needs them.
import { appendToBodySection } from '../edits/bodySection';
import { diffEdits } from '../edits/diffEdits';
import { layoutOf } from '../edits/layout';
import { parsePlan, type ParsedPlan } from '../parse/parsePlan';
import type { ReviewAnswers } from './answers';
import { oneLine } from '../document/oneLine';
import { REVIEWS_SECTION, reviewEntry } from './entry';

/** One change of the review, made on the plan as the changes before it left it. */
type Change = (parsed: ParsedPlan) => readonly TextEdit[];

/**
 * The whole review written as one set of minimal edits against the plan as it is: each answer's
 * change to the frontmatter (a step reached or moved, a gap closed or given its next action, the
 * focus ranked first, the gaps key people named), the goal rewritten when it no longer held,
 * `review.last` set to today, and the dated entry appended to the body's `## Reviews` section.
 *
 * The changes are made in turns, each on the text the last one left, since some touch the same lines
 * (a gap closed, then moved to another rank); the edits returned are the lines that differ between
 * the plan before and after, so untouched bytes, comments and formatting stay as written. Nothing
 * (an empty list) when the frontmatter cannot be edited safely.
 */
export function reviewEdits(parsed: ParsedPlan, answers: ReviewAnswers, today: IsoDate): TextEdit[] {
  if (!layoutOf(parsed)) return [];
  const changes: Change[] = [
    ...answers.steps.map((step): Change => (current) => [
      ...(step.reached ? markStepDone(current, step.index, step.reached) : []),
      ...(step.target && !step.reached ? setStepTarget(current, step.index, step.target) : []),
    ]),
    ...answers.gaps.map((gap): Change => (current) => (gap.closed ? closeGap(current, gap.index, gap.closed) : [])),
    ...answers.gaps.map((gap): Change => (current) => (!gap.closed && gap.action?.trim() ? addGapAction(current, gap.index, oneLine(gap.action)) : [])),
    (current) => focusFirst(current, answers.focus),
    (current) => addGaps(current, answers.named.filter((named) => named.title.trim()).map((named) => ({ title: oneLine(named.title), source: named.source?.trim() ? oneLine(named.source) : undefined }))),
    (current) => (answers.goal && !answers.goal.holds && answers.goal.goal?.trim() ? rewriteGoal(current, oneLine(answers.goal.goal)) : []),
    (current) => recordReview(current, today),
    (current) => appendToBodySection(current, REVIEWS_SECTION, reviewEntry(parsed.plan, answers, today)),
  ];
  let current = parsed;
  for (const change of changes) {
    const edits = change(current);
    if (edits.length > 0) current = parsePlan(applyEdits(current.text, edits));
  }
  return diffEdits(parsed.text, current.text);
}

/** Moves a gap up to the place of the first gap still open: the focus is the most significant open gap. */
function focusFirst(parsed: ParsedPlan, focus: number | undefined): readonly TextEdit[] {
  if (focus === undefined) return [];
  const first = parsed.plan.gaps.find((gap) => gap.status !== 'closed');
  return first && first.index < focus ? moveGap(parsed, focus, { to: first.index }) : [];
}
