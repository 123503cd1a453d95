import { addCadence, type Cadence } from '../calendar/cadence';
import { addDays, daysInMonth, type IsoDate } from '../calendar/dates';
import type { Plan } from '../plan/model';
import { contentLine, escapeText, icsDate } from './text';
import { eventUid, normalizeTitle, type EventKind } from './uid';

/** One all-day event of the calendar. */
export interface CalendarEvent {
  readonly uid: string;
  readonly kind: EventKind;
  readonly date: IsoDate;
  readonly summary: string;
  readonly description: string;
  /** An RRULE value, for the review that comes back every cadence. */
  readonly repeat?: string;
}

export interface CalendarOptions {
  /** The plan file's base name: part of every UID (see uid.ts) and of the calendar's name. */
  readonly fileName: string;
  /** DTSTAMP of every event, as `YYYYMMDDTHHMMSSZ`: passed in so the same input gives the same file. */
  readonly dtstamp: string;
}

const PRODUCT = '-//Career Plan//Career Plan//EN';
const TIMESTAMP = /^\d{8}T\d{6}Z$/;

/** The dated things of a plan as events: step targets, the goal's target, key moments and the next review. */
export function planEvents(plan: Plan, fileName: string): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  const seen = new Map<string, number>();
  const uid = (kind: EventKind, title: string) => {
    const key = `${kind}\u0000${normalizeTitle(title)}`;
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return eventUid(fileName, kind, title, occurrence);
  };
  const goal = plan.goal?.value;

  for (const step of plan.steps) {
    if (!step.target) continue;
    const title = step.title.value;
    const gaps = plan.gaps.filter((gap) => gap.blocks?.value === step.index && gap.status !== 'closed');
    const lines = [goal ? `Step ${step.index + 1} of ${plan.steps.length} towards: ${goal}` : `Step ${step.index + 1} of ${plan.steps.length} of the career plan.`];
    if (gaps.length > 0) lines.push(`Gaps to close first: ${gaps.map((gap) => `${gap.title.value} (${gap.status})`).join('; ')}`);
    const openActions = step.actions.filter((action) => !action.done).map((action) => action.title.value);
    if (openActions.length > 0) lines.push(`Next actions: ${openActions.join('; ')}`);
    if (step.done) lines.push(typeof step.done.value === 'string' ? `Reached on ${step.done.value}.` : 'Reached.');
    events.push({ uid: uid('step', title), kind: 'step', date: step.target.value, summary: `Career step: ${title}`, description: lines.join('\n') });
  }

  if (plan.target) {
    const title = goal ?? 'Career goal';
    events.push({ uid: uid('goal', title), kind: 'goal', date: plan.target.value, summary: `Career goal: ${title}`, description: `The target date of the career plan's goal.` });
  }

  for (const moment of plan.moments) {
    if (!moment.date) continue;
    const title = moment.title.value;
    const lines = [`Key moment (${moment.kind}) of the career plan.`];
    if (moment.prep.length > 0) lines.push(`Prepare: ${moment.prep.map((item) => item.value).join('; ')}`);
    events.push({ uid: uid('moment', title), kind: 'moment', date: moment.date.value, summary: `Key moment: ${title}`, description: lines.join('\n') });
  }

  const review = plan.review;
  if (review?.every && review.last) {
    const every = review.every.value;
    const due = addCadence(review.last.value, every);
    events.push({
      uid: uid('review', 'review'),
      kind: 'review',
      date: due,
      summary: 'Review the career plan',
      description: `The plan is reviewed every ${describeCadence(every)}; the last review was on ${review.last.value}. Update \`last\` in the plan after the review.`,
      repeat: rrule(every, due),
    });
  }
  return events;
}

/** Writes a VCALENDAR of all-day events, with CRLF line ends and folded lines. */
export function writeCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  if (!TIMESTAMP.test(options.dtstamp)) throw new Error(`DTSTAMP must be a UTC date-time like 20261124T000000Z, not "${options.dtstamp}"`);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODUCT}`,
    'CALSCALE:GREGORIAN',
    contentLine('X-WR-CALNAME', escapeText(`Career plan (${options.fileName})`)),
  ];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      contentLine('UID', event.uid),
      `DTSTAMP:${options.dtstamp}`,
      contentLine('DTSTART', icsDate(event.date), ';VALUE=DATE'),
      // An all-day event ends (exclusively) on the next day.
      contentLine('DTEND', icsDate(addDays(event.date, 1)), ';VALUE=DATE'),
      ...(event.repeat ? [`RRULE:${event.repeat}`] : []),
      contentLine('SUMMARY', escapeText(event.summary)),
      contentLine('DESCRIPTION', escapeText(event.description)),
      contentLine('CATEGORIES', escapeText('Career plan')),
      // A day to remember, not a day taken: it does not show the person as busy.
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}

const FREQUENCY: Record<Cadence['unit'], string> = { day: 'DAILY', week: 'WEEKLY', month: 'MONTHLY', year: 'YEARLY' };

/**
 * The review's recurrence from its first date. A calendar skips a month without the day (RFC 5545
 * §3.3.10), where the plan's cadence moves the review to the month's end (addMonths): so a review
 * due on the last day of its month (12-31, 11-30, a leap 02-29) recurs on each month's last day.
 * One due on the 29th or 30th of a longer month keeps its day, and a month without it goes without:
 * the RFC leaves a series whose first day its rule does not give undefined, and ical.js (Thunderbird's
 * reader) ignores the BYSETPOS that "the last of the 28th to the 30th" would take.
 */
function rrule(cadence: Cadence, start: IsoDate): string {
  const base = cadence.count === 1 ? `FREQ=${FREQUENCY[cadence.unit]}` : `FREQ=${FREQUENCY[cadence.unit]};INTERVAL=${cadence.count}`;
  const [year, month, day] = start.split('-').map(Number);
  // Every month has a 28th: a review due on it keeps its day, even on the last day of a February.
  if ((cadence.unit !== 'month' && cadence.unit !== 'year') || day <= 28 || day !== daysInMonth(year, month)) return base;
  return `${base}${cadence.unit === 'year' ? `;BYMONTH=${month}` : ''};BYMONTHDAY=-1`;
}

function describeCadence(cadence: Cadence): string {
  return cadence.count === 1 ? cadence.unit : `${cadence.count} ${cadence.unit}s`;
}
