import { checkIsoDate, localToday, type IsoDate } from '../core/calendar/dates';
import { UsageError } from './io';

/** `--today YYYY-MM-DD` pins the day the plan is judged on; without it, the local calendar day. */
export function resolveToday(option: string | undefined): IsoDate {
  if (option === undefined) return localToday();
  const check = checkIsoDate(option);
  if (!check.ok) throw new UsageError(check.reason === 'format' ? `--today takes a calendar date written as YYYY-MM-DD, not "${option}".` : `--today ${option}: that day does not exist on the calendar.`);
  return check.date;
}
