import { addDays, describeDaysLeft, type IsoDate } from '../calendar/dates';
import type { Plan } from '../plan/model';
import { openTargets, type Target } from './next';
import { inertLinks } from './notificationText';

/** What the editor remembers between reminders. */
export interface ReminderMemory {
  /** The last day a reminder was shown: at most one a day. */
  readonly lastShown?: IsoDate;
  /** No reminder before this day. */
  readonly snoozedUntil?: IsoDate;
}

export interface PlanToRemind<K> {
  readonly key: K;
  /** How the plan is named in the message, usually its file name. */
  readonly name: string;
  readonly plan: Plan;
}

export interface Reminder<K> {
  readonly key: K;
  readonly name: string;
  readonly target: Target;
}

/**
 * What to remind the person of today: unreached step and goal targets and key moments within
 * `leadDays` from today, and a review whose date has come. Nothing when a reminder was already
 * shown today or reminders are snoozed. The most pressing comes first.
 */
export function dueReminders<K>(plans: readonly PlanToRemind<K>[], today: IsoDate, leadDays: number, memory: ReminderMemory): Reminder<K>[] {
  if (isQuiet(memory, today)) return [];
  const lead = Number.isFinite(leadDays) ? Math.max(0, Math.floor(leadDays)) : 0;
  const due = (target: Target) => (target.kind === 'review' ? target.daysLeft <= 0 : target.daysLeft >= 0 && target.daysLeft <= lead);
  return plans
    .flatMap(({ key, name, plan }) => openTargets(plan, today).filter(due).map((target) => ({ key, name, target })))
    .sort((a, b) => a.target.daysLeft - b.target.daysLeft);
}

/** Whether reminders keep quiet today whatever is due: one was shown today already, or they are snoozed. */
export function isQuiet(memory: ReminderMemory, today: IsoDate): boolean {
  return memory.lastShown === today || (memory.snoozedUntil !== undefined && today < memory.snoozedUntil);
}

/** One line for the notification: the most pressing reminder, and how many more there are, with no link a title could slip in. */
export function reminderMessage<K>(reminders: readonly Reminder<K>[]): string {
  const [first, ...rest] = reminders;
  if (!first) return '';
  const { target } = first;
  const when = describeDaysLeft(target.daysLeft);
  let text: string;
  switch (target.kind) {
    case 'step':
      text = `Your step "${target.title}" is due ${when} (${target.date}).`;
      break;
    case 'goal':
      text = `Your goal's target date is ${when} (${target.date}).`;
      break;
    case 'moment':
      text = `Key moment "${target.title}" is ${when} (${target.date}): time to prepare.`;
      break;
    case 'review':
      text = target.daysLeft === 0 ? 'Your career plan review is due today.' : `Your career plan review is ${when} (it was due ${target.date}).`;
      break;
  }
  const more = rest.length === 0 ? '' : ` And ${rest.length} more: see the plan.`;
  return inertLinks(`${first.name}: ${text}${more}`);
}

/** The memory after a "Snooze" on `today`: quiet for `days` days. */
export function snoozed(memory: ReminderMemory, today: IsoDate, days: number): ReminderMemory {
  return { ...memory, snoozedUntil: addDays(today, Math.max(1, Math.floor(days))) };
}
