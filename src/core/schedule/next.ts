import { addCadence } from '../calendar/cadence';
import { daysBetween, type IsoDate } from '../calendar/dates';
import type { Plan } from '../plan/model';
import type { Range } from '../document/range';

export type TargetKind = 'step' | 'goal' | 'moment' | 'review';

/** A dated thing ahead of (or behind) the person: a step's target, the goal's, a key moment, a review. */
export interface Target {
  readonly kind: TargetKind;
  readonly title: string;
  readonly date: IsoDate;
  /** Days from today to the date: negative when it has passed. */
  readonly daysLeft: number;
  readonly subject: string;
  readonly range: Range;
}

export interface Outlook {
  /** The nearest target that is today or later. */
  readonly next?: Target;
  /** Unreached step and goal targets whose date has passed, and a review past its cadence. */
  readonly overdue: readonly Target[];
  /** Every target from today on, nearest first. */
  readonly upcoming: readonly Target[];
}

/** Every dated target of a plan that is still open, judged on `today`. */
export function openTargets(plan: Plan, today: IsoDate): Target[] {
  const targets: Target[] = [];
  const add = (kind: TargetKind, title: string, date: IsoDate, subject: string, range: Range) =>
    targets.push({ kind, title, date, daysLeft: daysBetween(today, date), subject, range });

  for (const step of plan.steps) {
    if (!step.done && step.target) add('step', step.title.value, step.target.value, `steps[${step.index}]`, step.target.range);
  }
  const goalReached = plan.steps.length > 0 && plan.steps.every((step) => step.done);
  if (plan.target && !goalReached) add('goal', plan.goal?.value ?? 'Goal', plan.target.value, 'target', plan.target.range);
  for (const moment of plan.moments) {
    if (moment.date && moment.date.value >= today) add('moment', moment.title.value, moment.date.value, `moments[${moment.index}]`, moment.date.range);
  }
  const review = plan.review;
  if (review?.every && review.last) {
    add('review', 'Review the plan', addCadence(review.last.value, review.every.value), 'review', review.last.range);
  }
  return targets.sort((a, b) => a.daysLeft - b.daysLeft);
}

export function outlook(plan: Plan, today: IsoDate): Outlook {
  const targets = openTargets(plan, today);
  const upcoming = targets.filter((target) => target.daysLeft >= 0);
  return { next: upcoming[0], overdue: targets.filter((target) => target.daysLeft < 0), upcoming };
}
