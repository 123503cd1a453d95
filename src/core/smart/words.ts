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
