import { addCadence } from '../calendar/cadence';
import { daysBetween, type IsoDate } from '../calendar/dates';
import type { GapStatus, MomentKind, Plan } from '../plan/model';

export type EntryKind = 'step' | 'goal' | 'moment' | 'review';

/**
 * Where an entry stands on `today`: a step or the goal is done, overdue or upcoming; a key moment
 * is past or upcoming; a review is overdue (due) or upcoming; anything without a date is undated.
 */
export type EntryState = 'done' | 'overdue' | 'upcoming' | 'past' | 'undated';

export interface TimelineGap {
  /** 1 is the most significant gap: the plan lists gaps in order of significance. */
  readonly rank: number;
  readonly title: string;
  readonly status: GapStatus;
  /** For a closed gap: the day it was closed, when written. */
  readonly closedOn?: IsoDate;
  readonly subject: string;
}

export interface TimelineEntry {
  readonly kind: EntryKind;
  /** The plan element the entry stands for, as the linter names it: `steps[0]`, `goal`, `moments[1]`, `review`. */
  readonly subject: string;
  readonly title: string;
  /** Where the entry sits on the time axis. */
  readonly date?: IsoDate;
  readonly state: EntryState;
  /** Days from today to `date`: negative when it has passed. */
  readonly daysLeft?: number;
  /** For a step: its 1-based number in the plan. */
  readonly number?: number;
  /** For a done step: the day it was reached, when written. */
  readonly doneOn?: IsoDate;
  /** For a done step placed at `doneOn` because it had no target: so no target is shown for it. */
  readonly untargeted?: true;
  readonly momentKind?: MomentKind;
  /** The gaps standing in front of this step (or, for the goal, gaps tied to no step), by rank. */
  readonly gaps: readonly TimelineGap[];
}

/** What the timeline shows of a plan on a given day, independent of how it is drawn. */
export interface Timeline {
  readonly today: IsoDate;
  readonly goal?: string;
  readonly stepCount: number;
  /** Dated entries, earliest first; on the same day moments and reviews come before steps, the goal last. */
  readonly dated: readonly TimelineEntry[];
  /** Steps, the goal and key moments that have no date yet, in plan order. */
  readonly undated: readonly TimelineEntry[];
}

const KIND_ORDER: Record<EntryKind, number> = { moment: 0, review: 1, step: 2, goal: 3 };

export function buildTimeline(plan: Plan, today: IsoDate): Timeline {
  const entries: TimelineEntry[] = [];
  // A gap tied to no step, or to a step that is not there, stands in front of the goal itself.
  const stepIndexes = new Set(plan.steps.map((step) => step.index));
  const blockedStep = (gap: Plan['gaps'][number]) => (gap.blocks && stepIndexes.has(gap.blocks.value) ? gap.blocks.value : undefined);
  const gapsOf = (step: number | undefined): TimelineGap[] =>
    plan.gaps
      .filter((gap) => blockedStep(gap) === step)
      .map((gap) => ({
        rank: gap.index + 1,
        title: gap.title.value,
        status: gap.status,
        ...(gap.status === 'closed' && gap.closed ? { closedOn: gap.closed.value } : {}),
        subject: `gaps[${gap.index}]`,
      }));
  const dated = (date: IsoDate | undefined) => (date === undefined ? {} : { date, daysLeft: daysBetween(today, date) });

  for (const step of plan.steps) {
    const target = step.target?.value;
    const done = step.done !== undefined;
    const doneOn = typeof step.done?.value === 'string' ? step.done.value : undefined;
    const date = target ?? doneOn;
    entries.push({
      kind: 'step',
      subject: `steps[${step.index}]`,
      title: step.title.value,
      ...dated(date),
      state: done ? 'done' : date === undefined ? 'undated' : date < today ? 'overdue' : 'upcoming',
      number: step.index + 1,
      ...(doneOn ? { doneOn } : {}),
      ...(done && target === undefined ? { untargeted: true as const } : {}),
      gaps: gapsOf(step.index),
    });
  }

  for (const moment of plan.moments) {
    const date = moment.date?.value;
    entries.push({
      kind: 'moment',
      subject: `moments[${moment.index}]`,
      title: moment.title.value,
      ...dated(date),
      state: date === undefined ? 'undated' : date < today ? 'past' : 'upcoming',
      momentKind: moment.kind,
      gaps: [],
    });
  }

  const review = plan.review;
  if (review?.every && review.last) {
    const date = addCadence(review.last.value, review.every.value);
    entries.push({ kind: 'review', subject: 'review', title: 'Review the plan', ...dated(date), state: date < today ? 'overdue' : 'upcoming', gaps: [] });
  }

  if (plan.goal || plan.target) {
    const date = plan.target?.value;
    const reached = plan.steps.length > 0 && plan.steps.every((step) => step.done);
    entries.push({
      kind: 'goal',
      subject: 'goal',
      title: plan.goal?.value ?? 'Goal',
      ...dated(date),
      state: reached ? 'done' : date === undefined ? 'undated' : date < today ? 'overdue' : 'upcoming',
      gaps: gapsOf(undefined),
    });
  }

  const withDates = entries.filter((entry) => entry.date !== undefined);
  withDates.sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : KIND_ORDER[a.kind] - KIND_ORDER[b.kind]));
  const withoutDates = entries.filter((entry) => entry.date === undefined);
  return { today, goal: plan.goal?.value, stepCount: plan.steps.length, dated: withDates, undated: withoutDates };
}
