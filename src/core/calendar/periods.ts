import { addDays, addMonths, dayNumber, daysInMonth, formatParts, type IsoDate } from './dates';

/**
 * A stretch of the calendar a phrase names ("Q3 2027", "June 2028", "summer 2027", "this week"),
 * from its first to its last day, with the months it spans so "early" and "mid" can pick a part.
 */
export interface Period {
  readonly first: IsoDate;
  readonly last: IsoDate;
  /** How many whole months it spans (0 for a week or a day). */
  readonly months: number;
}

/** Where in a period a phrase points: "by Q3" means its end; "early", "mid", "the start of" other days. */
export type Position = 'end' | 'early' | 'mid' | 'start';

export function monthsPeriod(year: number, firstMonth: number, months: number): Period {
  const first = formatParts(year, 1, 1);
  const start = addMonths(first, firstMonth - 1);
  return { first: start, last: addDays(addMonths(start, months), -1), months };
}

export function dayPeriod(date: IsoDate): Period {
  return { first: date, last: date, months: 0 };
}

/** The Monday-to-Sunday week holding a day. */
export function weekOf(date: IsoDate): Period {
  const weekday = (((dayNumber(date) + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday: 0 is Monday.
  const first = addDays(date, -weekday);
  return { first, last: addDays(first, 6), months: 0 };
}

/**
 * The day a phrase means within a period. The end is the last day; "mid" the end of the middle
 * month (mid-2028 → 2028-06-30); "early" the end of its first quarter (early 2028 → 2028-03-31, early
 * Q3 → July 31); "the start of" the first day. Within one month: early → the 10th, mid → the 15th.
 */
export function dayIn(period: Period, position: Position): IsoDate {
  if (position === 'end') return period.last;
  if (position === 'start') return period.first;
  if (period.months === 0) return position === 'mid' ? addDays(period.first, Math.floor((dayNumber(period.last) - dayNumber(period.first)) / 2)) : period.first;
  if (period.months === 1) {
    const [year, month] = period.first.split('-').map(Number);
    return formatParts(year, month, position === 'mid' ? 15 : 10);
  }
  const monthsIn = position === 'mid' ? Math.ceil(period.months / 2) : Math.ceil(period.months / 4);
  return addDays(addMonths(period.first, monthsIn), -1);
}

/** The last day of a month. */
export function endOfMonth(year: number, month: number): IsoDate {
  return formatParts(year, month, daysInMonth(year, month));
}
