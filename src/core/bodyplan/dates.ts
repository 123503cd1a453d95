import { checkIsoDate, type IsoDate } from '../calendar/dates';
import type { Span } from '../document/range';

/** A date found in a line: the day and the words it was read from. */
export interface FoundDate {
  readonly value: IsoDate;
  readonly span: Span;
  readonly words: string;
  readonly iso: boolean;
}

const ISO = /\b(\d{4}-\d{2}-\d{2})\b/g;

/** The first date written in `text` (at document offset `at`). */
export function findDate(text: string, at: number): FoundDate | undefined {
  for (const match of text.matchAll(ISO)) {
    const check = checkIsoDate(match[1]);
    if (check.ok) return { value: check.date, span: { start: at + match.index, end: at + match.index + match[1].length }, words: match[1], iso: true };
  }
  return undefined;
}
