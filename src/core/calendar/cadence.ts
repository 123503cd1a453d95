import { addDays, addMonths, type IsoDate } from './dates';

export interface Cadence {
  readonly count: number;
  readonly unit: 'day' | 'week' | 'month' | 'year';
}

/** Maps, not object literals: the words are what a plan wrote, and `__proto__` must find nothing. */
const WORDS: ReadonlyMap<string, Cadence> = new Map(Object.entries({
  daily: { count: 1, unit: 'day' },
  weekly: { count: 1, unit: 'week' },
  biweekly: { count: 2, unit: 'week' },
  fortnightly: { count: 2, unit: 'week' },
  monthly: { count: 1, unit: 'month' },
  bimonthly: { count: 2, unit: 'month' },
  quarterly: { count: 3, unit: 'month' },
  'half-yearly': { count: 6, unit: 'month' },
  biannually: { count: 6, unit: 'month' },
  semiannually: { count: 6, unit: 'month' },
  yearly: { count: 1, unit: 'year' },
  annually: { count: 1, unit: 'year' },
} satisfies Record<string, Cadence>));

const NUMBERS: ReadonlyMap<string, number> = new Map(Object.entries({ a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, eight: 8, nine: 9, twelve: 12 }));

/** Reads `3 months`, `every 6 weeks`, `a year`, `quarterly`, `monthly`… Undefined when it is none of these. */
export function parseCadence(text: string): Cadence | undefined {
  const clean = text.trim().toLowerCase().replace(/^every\s+/, '');
  const word = WORDS.get(clean);
  if (word) return word;
  const match = /^(\d+|[a-z]+)?\s*(day|week|month|quarter|year)s?$/.exec(clean);
  if (!match) return undefined;
  const count = match[1] === undefined ? 1 : /^\d+$/.test(match[1]) ? Number(match[1]) : NUMBERS.get(match[1]);
  if (!count || count < 1) return undefined;
  if (match[2] === 'quarter') return { count: count * 3, unit: 'month' };
  return { count, unit: match[2] as Cadence['unit'] };
}

/** The date one cadence after `from`. */
export function addCadence(from: IsoDate, cadence: Cadence): IsoDate {
  switch (cadence.unit) {
    case 'day':
      return addDays(from, cadence.count);
    case 'week':
      return addDays(from, cadence.count * 7);
    case 'month':
      return addMonths(from, cadence.count);
    case 'year':
      return addMonths(from, cadence.count * 12);
  }
}
