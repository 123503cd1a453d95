/**
 * Calendar dates. A plan's dates are days on a calendar, never instants, so they are kept as
 * `YYYY-MM-DD` strings (which also sort correctly as text) and all arithmetic goes through a day
 * number computed in UTC, where no time zone or daylight-saving shift can move a day.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/**
 * The first and last days `YYYY-MM-DD` can write. Dates computed from a plan's (a cadence, a
 * placeholder target) stop at them: one past them could not go into a plan, and, its year not
 * four digits, would sort wrongly as text.
 */
export const FIRST_ISO_DATE: IsoDate = '0000-01-01';
export const LAST_ISO_DATE: IsoDate = '9999-12-31';
const MS_PER_DAY = 86_400_000;

export type DateCheck = { ok: true; date: IsoDate } | { ok: false; reason: 'format' | 'impossible' };

/** Checks that a text is a real calendar date in `YYYY-MM-DD` form (2027-02-30 is not). */
export function checkIsoDate(text: string): DateCheck {
  const match = ISO_DATE.exec(text);
  if (!match) return { ok: false, reason: 'format' };
  if (!dayExists(Number(match[1]), Number(match[2]), Number(match[3]))) return { ok: false, reason: 'impossible' };
  return { ok: true, date: text };
}

/** Whether the calendar has this day: month 1 to 12, day 1 to the month's length. */
export function dayExists(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function isIsoDate(text: string): text is IsoDate {
  return checkIsoDate(text).ok;
}

export function daysInMonth(year: number, month: number): number {
  // Computed, not asked of Date: a Date per due date in 4,000 tasks cost more than reading them.
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Days since 1970-01-01 of a valid date, counted on the proleptic Gregorian calendar (H. Hinnant's
 * days_from_civil). Not with Date.UTC, which reads the years 0 to 99 as 1900 to 1999.
 */
export function dayNumber(date: IsoDate): number {
  const [year, month, day] = date.split('-').map(Number);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

const FIRST_DAY = dayNumber(FIRST_ISO_DATE);
const LAST_DAY = dayNumber(LAST_ISO_DATE);

export function fromDayNumber(days: number): IsoDate {
  const d = new Date(days * MS_PER_DAY);
  return formatParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(Math.min(Math.max(dayNumber(date) + days, FIRST_DAY), LAST_DAY));
}

/** Adds calendar months, keeping the day where the month has it (Jan 31 + 1 month = Feb 28/29); never past the days a plan can write. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number);
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  if (y > 9999) return LAST_ISO_DATE;
  if (y < 0) return FIRST_ISO_DATE;
  return formatParts(y, m, Math.min(day, daysInMonth(y, m)));
}

/** Today on the calendar of the machine's local time zone: the day the person is living. */
export function localToday(now: Date = new Date()): IsoDate {
  return formatParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

export function formatParts(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "in 129 days", "today", "overdue by 12 days". */
export function describeDaysLeft(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days > 0) return `in ${days} days`;
  return days === -1 ? 'overdue by 1 day' : `overdue by ${-days} days`;
}
