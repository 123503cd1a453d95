import type { IsoDate } from '../calendar/dates';
import { readProseDate } from '../calendar/proseDate';
import type { Span } from '../document/range';

/** A date found in a line: the day and the words it was read from. */
export interface FoundDate {
  readonly value: IsoDate;
  readonly span: Span;
  /** The words as written: "by end of Q3 2027", "June 2028", "2027-06-30". */
  readonly words: string;
  /** The day is written `YYYY-MM-DD`, perhaps after a word such as "by": nothing to keep in a comment. */
  readonly iso: boolean;
}

/**
 * The target date written in `text` (at document offset `at`), in prose or as YYYY-MM-DD. Words
 * counted from today ("in two years") are read only when `today` is given; a parse without it
 * leaves them in the title.
 */
export function findDate(text: string, at: number, today: IsoDate | undefined): FoundDate | undefined {
  const read = readProseDate(text, today);
  if (!read) return undefined;
  return { value: read.date, span: { start: at + read.start, end: at + read.end }, words: read.words, iso: /(^|\s)\d{4}-\d{2}-\d{2}$/.test(read.words) };
}
