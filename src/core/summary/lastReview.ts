import { isIsoDate, type IsoDate } from '../calendar/dates';
import type { ParsedPlan } from '../parse/parsePlan';

/**
 * The newest entry of the body's `## Reviews` section, as the guided review writes it:
 * `### Review YYYY-MM-DD` and a list of `- Label: text` lines. Only what the summary shows is read:
 * the day and the lines as written (a reader for the history picture reads them field by field).
 */
export interface ReviewEntry {
  readonly date: IsoDate;
  /** Each `- ` line of the entry, without its marker, in the order written. */
  readonly lines: readonly string[];
}

const ENTRY_HEADING = /^Review\s+(\d{4}-\d\d-\d\d)\s*$/i;
const FENCE = /^\s*(?:```|~~~)/;
const ITEM = /^\s*[-*+]\s+(.*\S)\s*$/;

export function lastReview(parsed: ParsedPlan): ReviewEntry | undefined {
  const { headings } = parsed.plan.body;
  const section = headings.findIndex((heading) => heading.depth === 2 && heading.text.trim().toLowerCase() === 'reviews');
  if (section === -1) return undefined;
  const end = headings.findIndex((heading, i) => i > section && heading.depth <= 2);
  const inSection = headings.slice(section + 1, end === -1 ? undefined : end);
  // Newest last, as the review writes them; a heading that is not an entry is kept out.
  const entries = inSection.filter((heading) => heading.depth === 3 && ENTRY_HEADING.test(heading.text.trim()));
  const newest = entries.at(-1);
  if (!newest) return undefined;
  const date = ENTRY_HEADING.exec(newest.text.trim())![1];
  if (!isIsoDate(date)) return undefined;
  const next = headings.find((heading) => heading.range.start.line > newest.range.start.line);
  const from = newest.range.start.line + 1;
  const to = next ? next.range.start.line : parsed.lines.lineCount;
  const lines: string[] = [];
  for (let line = from; line < to; line++) {
    const text = parsed.lines.lineText(line);
    // An entry is a plain list: what follows a code fence is an example, not the review.
    if (FENCE.test(text)) break;
    const item = ITEM.exec(text);
    if (item) lines.push(item[1]);
  }
  return { date, lines };
}

