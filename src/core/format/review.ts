import type { MappingFormat } from './types';

/** The `review:` mapping: how often the plan is looked at again. */
export const REVIEW = {
  expected: 'should be a mapping with every (like "3 months") and last (a date)',
  keys: {
    every: {
      // `3 months`, `6 weeks`, `1 year`, `monthly`, `quarterly`… (see cadence.ts).
      value: { type: 'text' },
      aliases: ['cadence'],
      doc: 'How often: "3 months", "6 weeks", "monthly", "quarterly"…',
    },
    last: {
      value: { type: 'date' },
      aliases: ['last review'],
      doc: 'The day of your last review of the plan.',
    },
  },
} as const satisfies MappingFormat;
