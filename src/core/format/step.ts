import type { MappingFormat } from './types';

/** An item of `steps:`. */
export const STEP = {
  expected: 'should be a title, or a mapping with a title and a target date',
  bareTitle: true,
  keys: {
    title: {
      value: { type: 'text' },
      required: true,
      aliases: ['name', 'role'],
      doc: 'The role, level or milestone.',
    },
    target: {
      value: { type: 'date' },
      aliases: ['deadline', 'due', 'date'],
      doc: 'The day you mean to reach it by.',
    },
    done: {
      value: { type: 'done', expected: 'should be true, false or the date it was reached' },
      doc: 'The day you reached it, or true when you do not know the day.',
    },
    actions: {
      value: { type: 'list', of: 'action', expected: 'should be a list of actions' },
      doc: 'What you will do to get there.',
    },
    notes: {
      value: { type: 'notes' },
      doc: 'Anything else worth keeping with the step.',
    },
  },
} as const satisfies MappingFormat;
