import { daysBetween, describeDaysLeft, type IsoDate } from '../calendar/dates';
import type { Moment, Step } from '../plan/model';

/** The countdown shown above a step: "in 129 days", "overdue by 12 days", "done 2027-03-02". */
export function stepCountdown(step: Step, today: IsoDate): string {
  if (step.done) return step.done.value === true ? 'done' : `done ${step.done.value}`;
  if (!step.target) return 'no target date';
  return describeDaysLeft(daysBetween(today, step.target.value));
}

/** Whether a key moment is close enough to prepare for: from today up to `prepDays` ahead. */
export function needsPreparation(moment: Moment, today: IsoDate, prepDays: number): boolean {
  if (!moment.date) return false;
  const days = daysBetween(today, moment.date.value);
  return days >= 0 && days <= prepDays;
}
