import { addCadence } from '../calendar/cadence';
import { checkIsoDate, dayNumber, daysBetween, describeDaysLeft, type IsoDate } from '../calendar/dates';
import type { Located, Plan } from '../plan/model';
import type { ParsedPlan } from '../parse/parsePlan';
import { rangeContains, type Position, type Range } from '../document/range';

/** What a date in a plan means, for a hover: the day in words, how far it is, and what it dates. */
export interface DateNote {
  readonly date: IsoDate;
  readonly range: Range;
  /** "Wednesday 31 March 2027 · in 129 days". */
  readonly headline: string;
  /** What the date belongs to; may quote plan text, so it is shown as plain text. */
  readonly details: readonly string[];
}

const DATE = /\d{4}-\d{2}-\d{2}/g;
const WEEKDAYS = ['Thursday', 'Friday', 'Saturday', 'Sunday', 'Monday', 'Tuesday', 'Wednesday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The note for the date under a position, anywhere in the plan; undefined when none is there. */
export function dateNoteAt(parsed: ParsedPlan, position: Position, today: IsoDate): DateNote | undefined {
  const text = parsed.lines.lineText(position.line);
  for (const match of text.matchAll(DATE)) {
    const start = match.index;
    const end = start + match[0].length;
    if (position.character < start || position.character > end) continue;
    if (!checkIsoDate(match[0]).ok) return undefined;
    const range = { start: { line: position.line, character: start }, end: { line: position.line, character: end } };
    return noteFor(parsed.plan, match[0], range, today);
  }
  return undefined;
}

interface Role {
  /** Whether the date is a deadline still to meet, which turns a past date into "overdue". */
  readonly open: boolean;
  readonly details: string[];
}

function noteFor(plan: Plan, date: IsoDate, range: Range, today: IsoDate): DateNote {
  const role = roleOf(plan, range, today);
  const days = daysBetween(today, date);
  const relative = role.open || days >= 0 ? describeDaysLeft(days) : days === -1 ? 'yesterday' : `${-days} days ago`;
  return { date, range, headline: `${longDate(date)} · ${relative}`, details: role.details };
}

function roleOf(plan: Plan, range: Range, today: IsoDate): Role {
  const at = (located: Located<unknown> | undefined) => located !== undefined && rangeContains(located.range, range);
  for (const step of plan.steps) {
    const name = `step ${step.index + 1} (${step.title.value})`;
    if (at(step.target)) {
      const done = step.done ? (step.done.value === true ? 'Reached.' : `Reached on ${step.done.value}.`) : undefined;
      return { open: !step.done, details: [`Target of ${name}.`, ...(done ? [done] : [])] };
    }
    if (at(step.done)) return { open: false, details: [`The day ${name} was reached.`] };
  }
  if (at(plan.target)) {
    const reached = plan.steps.length > 0 && plan.steps.every((step) => step.done);
    return { open: !reached, details: [reached ? 'Target of the goal, reached: every step is done.' : 'Target of the goal.'] };
  }
  for (const owner of [...plan.steps, ...plan.gaps, ...plan.moments]) {
    for (const action of owner.actions) {
      if (at(action.due)) return { open: !action.done, details: [`Due date of the action ${action.title.value}${action.done ? ' (done)' : ''}.`] };
    }
  }
  for (const moment of plan.moments) {
    if (at(moment.date)) return { open: false, details: [`Key moment (${moment.kind}): ${moment.title.value}.`] };
  }
  const review = plan.review;
  if (review?.last && at(review.last)) {
    if (!review.every) return { open: false, details: ['Your last review of the plan.'] };
    const next = addCadence(review.last.value, review.every.value);
    return { open: false, details: ['Your last review of the plan.', `The next one is due on ${next}, ${describeDaysLeft(daysBetween(today, next))}.`] };
  }
  return { open: false, details: [] };
}

/** "Wednesday 31 March 2027", the same in every locale and time zone. */
export function longDate(date: IsoDate): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${WEEKDAYS[((dayNumber(date) % 7) + 7) % 7]} ${day} ${MONTHS[month - 1]} ${year}`;
}

