import { addCadence } from '../calendar/cadence';
import type { IsoDate } from '../calendar/dates';
import type { Plan } from '../plan/model';

/**
 * The day a plan's review fell due, when that day has passed: one cadence (`review.every`) after
 * `review.last`. Undefined when the review is not overdue or the plan says no cadence. CP605 reports
 * exactly then, and the status bar offers the review.
 */
export function overdueReview(plan: Plan, today: IsoDate): IsoDate | undefined {
  const review = plan.review;
  if (!review?.every || !review.last) return undefined;
  const due = addCadence(review.last.value, review.every.value);
  return due < today ? due : undefined;
}
