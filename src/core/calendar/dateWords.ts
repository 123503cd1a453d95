/**
 * The words people write dates with: month and season names, years, day numbers, small counts.
 * Shared as regular-expression sources by the goal reader (src/core/smart/deadline.ts, which finds
 * time words) and the prose-date reader (./proseDate.ts, which turns them into calendar dates), so
 * the two read the same vocabulary.
 */
export const MONTH = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?`;
export const SEASON = String.raw`(?:spring|summer|autumn|fall|winter)`;
export const YEAR = String.raw`(?:19|20)\d\d`;
export const DAY_NUMBER = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
export const SMALL_NUMBER = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve)`;

const MONTH_NUMBERS: Readonly<Record<string, number>> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

/** 1–12 for a month word MONTH matched ("Sept." → 9). */
export function monthNumber(word: string): number {
  return MONTH_NUMBERS[word.toLowerCase().slice(0, 3)];
}

/** The months a season covers, meteorologically and in the northern hemisphere: winter 2027 runs from December 2027 into February 2028. */
export function seasonMonths(word: string): { readonly first: number; readonly last: number } {
  const season = word.toLowerCase();
  if (season === 'spring') return { first: 3, last: 5 };
  if (season === 'summer') return { first: 6, last: 8 };
  if (season === 'winter') return { first: 12, last: 14 };
  return { first: 9, last: 11 };
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, 'twenty-four': 24,
  thirty: 30, 'thirty-six': 36, forty: 40, 'forty-eight': 48, fifty: 50, sixty: 60, ninety: 90,
  'a couple of': 2, 'couple of': 2, 'one and a half': 1.5, 'a half': 0.5, 'half a': 0.5,
};

/** A count written as digits or words, the words COUNT_WORDS lists. */
export const COUNT_WORD = String.raw`(?:\d+(?:\.\d+)?|one and a half|a couple of|couple of|half a|a half|twenty-four|thirty-six|forty-eight|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|ninety)`;

/** The value of a COUNT_WORD, or undefined. */
export function countValue(word: string): number | undefined {
  const text = word.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text);
  return NUMBER_WORDS[text];
}
