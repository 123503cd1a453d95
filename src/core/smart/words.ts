/** A word of a goal with its place in the goal's text. */
export interface Word {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** Written with a capital in the middle of a sentence: a name (Stripe, Best Interests Assessor). */
  readonly proper: boolean;
}

/**
 * Words, amounts and codes: `AZ-104`, `P&L`, `C++`, `$1.2M`, `80%`, `can't`, `first-time`. Sentence
 * punctuation is left out; clauses are split before words are read.
 */
const WORD = /[$£€¥]\s?\d+(?:[.,]\d+)*(?:[kKmMbB]n?\b)?|\d+(?:[.,]\d+)*(?:st|nd|rd|th|%|[kKmMbB]\b)?(?:[-–][\p{L}\p{N}]+)*|[\p{L}\p{N}]+(?:['’&.+#/-][\p{L}\p{N}]+)*(?:\+\+|\+|#)?/gu;

export function wordsOf(text: string, offset = 0): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const start = offset + match.index;
    // Only the few characters before the word matter: slicing the whole prefix would be quadratic.
    const before = text.slice(Math.max(0, match.index - 8), match.index);
    const sentenceStart = words.length === 0 || /[.!?:;]\s*$/.test(before) || (/,\s*$/.test(before) && words.length <= 1);
    words.push({
      text: raw,
      // "team's" is looked up as "team"; "I'm" and "I'd" stay as they are.
      lower: raw.toLowerCase().replace(/’/g, "'").replace(/(?<=\p{L}{2,})'s$/u, ''),
      start,
      end: start + raw.length,
      proper: !sentenceStart && /^\p{Lu}/u.test(raw) && raw !== 'I' && !/^I'/.test(raw),
    });
  }
  return words;
}

const LEVEL_IN_BRACKETS = /^\((?:l|e|ic|m|p|t|g|sde|swe)-?\d{1,2}\)$/i;
/** A Markdown link's target, a bare address, or a reference code in brackets ("(VA2)"): none is a word of the goal. */
const NOT_READ = /\]\((?:https?:\/\/|www\.|\/|#)[^)\s]*\)|\b(?:https?:\/\/|www\.)[^\s)\]]+|\((?:[A-Z]{1,4}-?\d{1,3}[a-z]?)(?:[,;/]\s*[A-Z]{1,4}-?\d{1,3}[a-z]?)*\)/g;

/**
 * The goal with link targets, addresses and bracketed reference codes blanked out: "learn
 * [pandoc](http://pandoc.org)" reads "learn [pandoc", "…workload concerns. (VA2)" has no "VA2". A level
 * in brackets stays ("the Senior Engineer (T4) level"). The length is kept, so offsets still point
 * into the goal as written.
 */
export function readableText(text: string): string {
  return text.replace(NOT_READ, (match) => (LEVEL_IN_BRACKETS.test(match) ? match : ' '.repeat(match.length)));
}
