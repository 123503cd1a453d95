import type { MappingFormat } from './types';

/** An item of `actions:` under a step, a gap or a moment. */
export const ACTION = {
  expected: 'should be a text, or a mapping with a title',
  bareTitle: true,
  keys: {
    title: {
      value: { type: 'text' },
      required: true,
      aliases: ['name', 'task'],
      doc: 'What to do.',
    },
    due: {
      value: { type: 'date' },
      aliases: ['deadline'],
      doc: 'The day it should be done by.',
    },
    done: {
      value: { type: 'done', expected: 'should be true, false or the date it was done' },
      doc: 'true, or the day it was done.',
    },
  },
} as const satisfies MappingFormat;
