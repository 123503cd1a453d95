import { isIsoDate, type IsoDate } from '../calendar/dates';
import type { Plan } from '../plan/model';

/**
 * One dated entry of a plan's `## Reviews` section, as far as the history needs it (the format is
 * described in docs/plan-format.md): the steps reached, the targets moved and the gaps closed.
 * Other lines (who was asked, wins, the goal) are for people and are left alone here.
 */
export interface ReviewEntry {
  readonly date: IsoDate;
  readonly reached: readonly { readonly title: string; readonly date?: IsoDate }[];
  readonly moved: readonly { readonly title: string; readonly from: IsoDate; readonly to: IsoDate }[];
  readonly closed: readonly string[];
}

const ENTRY_HEADING = /^Review (\d{4}-\d\d-\d\d)$/;
const LINE = /^\s*[-*+]\s+(Reached|Moved|Closed):\s*(.*?)\s*$/;
/** Parsed from the end, so that a step title may hold a colon. */
const MOVED = /^(.*): (\d{4}-\d\d-\d\d) (?:→|->) (\d{4}-\d\d-\d\d)$/;
const REACHED = /^(.*?)(?: \((\d{4}-\d\d-\d\d)\))?$/;

/**
 * The entries of the body's `## Reviews` section, in the order written (newest last). The headings
 * come from the parsed body, so a heading-like line inside a code block is not taken for one; an
 * entry whose heading holds no real date is skipped.
 */
export function readReviewEntries(text: string, plan: Plan): ReviewEntry[] {
  const headings = plan.body.headings;
  const start = headings.findIndex((heading) => heading.depth === 2 && heading.text.trim().toLowerCase() === 'reviews');
  if (start === -1) return [];
  const lines = text.split(/\r\n|\r|\n/);
  const sectionEnd = headings.slice(start + 1).find((heading) => heading.depth <= 2)?.range.start.line ?? lines.length;
  const entryHeadings = headings.slice(start + 1).filter((heading) => heading.depth === 3 && heading.range.start.line < sectionEnd);
  const entries: ReviewEntry[] = [];
  entryHeadings.forEach((heading, i) => {
    const date = ENTRY_HEADING.exec(heading.text.trim())?.[1];
    if (!date || !isIsoDate(date)) return;
    const end = i + 1 < entryHeadings.length ? entryHeadings[i + 1].range.start.line : sectionEnd;
    entries.push(readEntry(date, lines.slice(heading.range.start.line + 1, end)));
  });
  return entries;
}

function readEntry(date: IsoDate, lines: readonly string[]): ReviewEntry {
  const reached: { title: string; date?: IsoDate }[] = [];
  const moved: { title: string; from: IsoDate; to: IsoDate }[] = [];
  const closed: string[] = [];
  for (const line of lines) {
    const match = LINE.exec(line);
    if (!match) continue;
    const [, key, value] = match;
    if (key === 'Moved') {
      const move = MOVED.exec(value);
      if (move && isIsoDate(move[2]) && isIsoDate(move[3])) moved.push({ title: move[1].trim(), from: move[2], to: move[3] });
    } else if (key === 'Reached') {
      const [, title, on] = REACHED.exec(value)!;
      if (title) reached.push(on && isIsoDate(on) ? { title, date: on } : { title });
    } else if (value) {
      closed.push(value);
    }
  }
  return { date, reached, moved, closed };
}
