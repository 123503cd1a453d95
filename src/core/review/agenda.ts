import { addMonths, type IsoDate } from '../calendar/dates';
import type { Gap, Plan, Step } from '../plan/model';

/** A step not reached yet: asked whether it is now, and whether its target still holds. */
export interface StepToReview {
  readonly index: number;
  readonly title: string;
  readonly target?: IsoDate;
  /** Later targets to offer when it slips: one, three and six months after the current one. */
  readonly laterTargets: readonly IsoDate[];
}

/** A gap not closed yet, in rank order: asked whether it is closed now, and its next action. */
export interface GapToReview {
  readonly index: number;
  readonly title: string;
  /** The first action not done yet, from the frontmatter or the body. */
  readonly nextAction?: string;
}

/**
 * What a review walks through, read from the plan on the review's day: the steps not yet reached,
 * the open gaps most significant first (the first is the focus), the day of the last review (what
 * the wins are counted since) and the goal to hold up against the person's life.
 */
export interface ReviewAgenda {
  readonly today: IsoDate;
  readonly lastReview?: IsoDate;
  readonly goal?: string;
  readonly steps: readonly StepToReview[];
  readonly gaps: readonly GapToReview[];
}

const SLIPS = [1, 3, 6] as const;

export function reviewAgenda(plan: Plan, today: IsoDate): ReviewAgenda {
  return {
    today,
    lastReview: plan.review?.last?.value,
    goal: plan.goal?.value,
    steps: plan.steps.filter((step) => !step.done).map(stepToReview),
    gaps: plan.gaps.filter((gap) => gap.status !== 'closed').map(gapToReview),
  };
}

function stepToReview(step: Step): StepToReview {
  const target = step.target?.value;
  return { index: step.index, title: step.title.value, target, laterTargets: target ? SLIPS.map((months) => addMonths(target, months)) : [] };
}

function gapToReview(gap: Gap): GapToReview {
  return { index: gap.index, title: gap.title.value, nextAction: gap.actions.find((action) => !action.done)?.title.value };
}
