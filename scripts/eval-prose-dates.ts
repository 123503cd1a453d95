/**
 * Measures the prose-date reader (src/core/calendar/proseDate.ts) on date phrases other people
 * wrote — goals of the dev split of test/fixtures/goals/others and target lines of public plans —
 * each labelled by hand with the target date a careful reader gives it
 * (test/fixtures/dates/prose-dates.tsv). A reading is right when it is one of the accepted dates
 * (or reads nothing where nothing should be read), wrong when it gives another date, and unread
 * when it gives none where a date was expected. A wrong date is worse than none: the converter
 * would write it into a plan, while an unread phrase stays in the body and is listed.
 *
 *   npm run eval:dates [-- --quiet]
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { readProseDate } from '../src/core/calendar/proseDate';

export const PROSE_DATES = path.resolve(__dirname, '../test/fixtures/dates/prose-dates.tsv');

export interface LabelledPhrase {
  readonly source: string;
  readonly today: string;
  /** Accepted readings: dates, or '-' for "nothing to read". */
  readonly expected: readonly string[];
  readonly text: string;
}

export interface DateScore {
  readonly total: number;
  readonly right: number;
  /** A date given where another (or none) was expected. */
  readonly wrong: readonly { phrase: LabelledPhrase; read: string }[];
  /** Nothing read where a date was expected. */
  readonly unread: readonly LabelledPhrase[];
}

export function loadPhrases(file = PROSE_DATES): LabelledPhrase[] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .slice(1)
    .map((line) => {
      const [source, today, expected, ...text] = line.split('\t');
      return { source, today, expected: expected.split('|'), text: text.join('\t') };
    });
}

export function scoreProseDates(phrases: readonly LabelledPhrase[]): DateScore {
  let right = 0;
  const wrong: { phrase: LabelledPhrase; read: string }[] = [];
  const unread: LabelledPhrase[] = [];
  for (const phrase of phrases) {
    const read = readProseDate(phrase.text, phrase.today)?.date ?? '-';
    if (phrase.expected.includes(read)) right++;
    else if (read === '-') unread.push(phrase);
    else wrong.push({ phrase, read });
  }
  return { total: phrases.length, right, wrong, unread };
}

export const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;

if (require.main === module) {
  const score = scoreProseDates(loadPhrases());
  console.log(`prose dates: ${score.right}/${score.total} right (${percent(score.right, score.total)}), ${score.wrong.length} wrong dates (${percent(score.wrong.length, score.total)}), ${score.unread.length} unread (${percent(score.unread.length, score.total)})`);
  if (!process.argv.includes('--quiet')) {
    for (const { phrase, read } of score.wrong) console.log(`  wrong  ${phrase.source}: read ${read}, expected ${phrase.expected.join(' or ')}: ${phrase.text.slice(0, 120)}`);
    for (const phrase of score.unread) console.log(`  unread ${phrase.source}: expected ${phrase.expected.join(' or ')}: ${phrase.text.slice(0, 120)}`);
  }
}
