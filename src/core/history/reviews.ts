import { isIsoDate, type IsoDate } from '../calendar/dates';
import { reviewEntries } from '../parse/reviewEntries';
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

const LINE = /^(Reached|Moved|Closed):\s*(.*)$/;
/** Parsed from the end, so that a step title may hold a colon. */
const MOVED = /^(.*): (\d{4}-\d\d-\d\d) (?:→|->) (\d{4}-\d\d-\d\d)$/;
const REACHED = /^(.*?)(?: \((\d{4}-\d\d-\d\d)\))?$/;

/** The entries of the body's `## Reviews` section (parse/reviewEntries.ts), in the order written, read field by field. */
export function readReviewEntries(text: string, plan: Plan): ReviewEntry[] {
  return reviewEntries(text, plan).map((entry) => readEntry(entry.date, entry.lines));
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
