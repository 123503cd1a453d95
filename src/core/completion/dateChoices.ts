import { addDays, addMonths, daysInMonth, formatParts, type IsoDate } from '../calendar/dates';

export interface DateChoice {
  readonly date: IsoDate;
  /** How the date was chosen: "end of next quarter". */
  readonly label: string;
}

/** The last day of the quarter `ahead` quarters after the one holding `date` (0 is its own). */
export function endOfQuarter(date: IsoDate, ahead = 0): IsoDate {
  const [year, month] = date.split('-').map(Number);
  const lastMonth = (Math.floor((month - 1) / 3) + 1) * 3;
  const shifted = addMonths(formatParts(year, lastMonth, 1), ahead * 3);
  const [y, m] = shifted.split('-').map(Number);
  return formatParts(y, m, daysInMonth(y, m));
}

export function endOfMonth(date: IsoDate): IsoDate {
  const [year, month] = date.split('-').map(Number);
  return formatParts(year, month, daysInMonth(year, month));
}

export function endOfYear(date: IsoDate, ahead = 0): IsoDate {
  return formatParts(Number(date.slice(0, 4)) + ahead, 12, 31);
}

/** Horizons that suit a step or goal target: quarters and years ahead. */
export function targetChoices(today: IsoDate): DateChoice[] {
  return distinct(today, [
    { date: endOfQuarter(today, 0), label: 'end of this quarter' },
    { date: endOfQuarter(today, 1), label: 'end of next quarter' },
    { date: addMonths(today, 6), label: 'in 6 months' },
    { date: endOfYear(today, 0), label: 'end of this year' },
    { date: addMonths(today, 12), label: 'in a year' },
    { date: endOfYear(today, 1), label: 'end of next year' },
    { date: addMonths(today, 24), label: 'in 2 years' },
    { date: addMonths(today, 60), label: 'in 5 years' },
  ]);
}

/** Horizons that suit an action's due date or a key moment: days and weeks ahead. */
export function nearChoices(today: IsoDate): DateChoice[] {
  return distinct(today, [
    { date: addDays(today, 7), label: 'in a week' },
    { date: addDays(today, 14), label: 'in 2 weeks' },
    { date: endOfMonth(today), label: 'end of this month' },
    { date: addMonths(today, 1), label: 'in a month' },
    { date: endOfQuarter(today, 0), label: 'end of this quarter' },
    { date: endOfQuarter(today, 1), label: 'end of next quarter' },
  ]);
}

/** Today first, then the later choices in date order, each date once (the first label wins). */
function distinct(today: IsoDate, choices: readonly DateChoice[]): DateChoice[] {
  const seen = new Set<IsoDate>([today]);
  const later = choices
    .filter((choice) => choice.date > today)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .filter((choice) => !seen.has(choice.date) && seen.add(choice.date));
  return [{ date: today, label: 'today' }, ...later];
}
