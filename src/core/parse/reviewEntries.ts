import { isIsoDate, type IsoDate } from '../calendar/dates';
import type { Plan } from '../plan/model';

/**
 * One dated entry of the body's `## Reviews` section, as the guided review writes it
 * (docs/plan-format.md, "Reviews"): a `### Review YYYY-MM-DD` heading and a list of `- Label: text`
 * lines, to which a person may add paragraphs, numbered items, quotes or a table. The summary shows
 * the newest entry's lines, all of them; the history reads the labelled ones field by field.
 */
export interface ReviewEntry {
  readonly date: IsoDate;
  /** Each list line of the entry, without its marker, in the order written. */
  readonly lines: readonly string[];
}

const ENTRY_HEADING = /^Review\s+(\d{4}-\d\d-\d\d)\s*$/i;
const FENCE = /^\s*(?:```|~~~)/;
/** A line of an entry, without its one list marker, number or quote mark: every one the person wrote is kept, not only `- ` items. */
const ITEM = /^\s*(?:[-*+]\s+|\d+[.)]\s+|>\s*)?(.*\S)\s*$/;
/** A table's line under its header row, which holds no words. */
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/**
 * The entries of the `## Reviews` section, in the order written (newest last). The headings come
 * from the parsed body, so a heading-like line inside a code block is not taken for one; an entry
 * whose heading holds no real date is left out, and an entry's list ends at a code fence (what
 * follows is an example, not the review).
 */
export function reviewEntries(text: string, plan: Plan): ReviewEntry[] {
  const { headings } = plan.body;
  const start = headings.findIndex((heading) => heading.depth === 2 && heading.text.trim().toLowerCase() === 'reviews');
  if (start === -1) return [];
  const lines = text.split(/\r\n|\r|\n/);
  const after = headings.slice(start + 1);
  const sectionEnd = after.find((heading) => heading.depth <= 2)?.range.start.line ?? lines.length;
  const entryHeadings = after.filter((heading) => heading.depth === 3 && heading.range.start.line < sectionEnd);
  const entries: ReviewEntry[] = [];
  entryHeadings.forEach((heading, i) => {
    const date = ENTRY_HEADING.exec(heading.text.trim())?.[1];
    if (!date || !isIsoDate(date)) return;
    const end = i + 1 < entryHeadings.length ? entryHeadings[i + 1].range.start.line : sectionEnd;
    const items: string[] = [];
    for (const line of lines.slice(heading.range.start.line + 1, end)) {
      if (FENCE.test(line)) break;
      const item = TABLE_RULE.test(line) ? null : ITEM.exec(line);
      if (item) items.push(item[1]);
    }
    entries.push({ date, lines: items });
  });
  return entries;
}
