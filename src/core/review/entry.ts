import type { IsoDate } from '../calendar/dates';
import { oneLine } from '../document/oneLine';
import type { Plan } from '../plan/model';
import type { ReviewAnswers } from './answers';

/** The heading of the body's section that holds the reviews, newest last. */
export const REVIEWS_SECTION = 'Reviews';

/**
 * The dated entry a review appends to the body's `## Reviews` section, in the shape every reader of
 * it expects (docs/plan-format.md, "Reviews"): a `### Review <day>` heading and one line for each
 * thing that changed, then who was asked, the wins and the goal. Titles are the plan's as they were
 * before the review; text the person typed is kept on one line, so it can never start a heading.
 */
export function reviewEntry(plan: Plan, answers: ReviewAnswers, today: IsoDate): string[] {
  const stepTitle = (index: number) => oneLine(plan.steps[index]?.title.value ?? '');
  const gapTitle = (index: number) => oneLine(plan.gaps[index]?.title.value ?? '');
  const lines = [`### Review ${today}`];
  for (const step of answers.steps) if (step.reached) lines.push(`- Reached: ${stepTitle(step.index)} (${step.reached})`);
  for (const step of answers.steps) {
    const before = plan.steps[step.index]?.target?.value;
    if (step.target && !step.reached && before && before !== step.target) lines.push(`- Moved: ${stepTitle(step.index)}: ${before} → ${step.target}`);
  }
  for (const gap of answers.gaps) if (gap.closed) lines.push(`- Closed: ${gapTitle(gap.index)}`);
  if (answers.focus !== undefined && answers.focus !== firstOpenAfter(plan, answers)) lines.push(`- Focus: ${gapTitle(answers.focus)}`);
  for (const named of answers.named) lines.push(`- Added gap: ${oneLine(named.title)}${named.source ? ` (said by ${oneLine(named.source)})` : ''}`);
  if (answers.asked?.trim()) lines.push(`- Asked: ${oneLine(answers.asked)}`);
  if (answers.wins?.trim()) lines.push(`- Wins: ${oneLine(answers.wins)}`);
  if (answers.goal) lines.push(`- Goal: ${goalLine(answers.goal)}`);
  return lines;
}

/** The gap that is the focus once the review's closed gaps are closed, before any re-ranking. */
export function firstOpenAfter(plan: Plan, answers: ReviewAnswers): number | undefined {
  const closed = new Set(answers.gaps.filter((gap) => gap.closed).map((gap) => gap.index));
  return plan.gaps.find((gap) => gap.status !== 'closed' && !closed.has(gap.index))?.index;
}

function goalLine(goal: NonNullable<ReviewAnswers['goal']>): string {
  if (goal.holds) return 'still holds';
  return goal.goal?.trim() ? `rewritten: ${oneLine(goal.goal)}` : 'no longer holds';
}
