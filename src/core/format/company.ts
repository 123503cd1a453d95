import type { MappingFormat } from './types';

export const PRIORITIES = ['high', 'medium', 'low'] as const;

/** An item of `companies:`. */
export const COMPANY = {
  expected: 'should be a mapping with a name',
  keys: {
    name: {
      value: { type: 'text' },
      required: true,
      aliases: ['title'],
      doc: 'The company.',
    },
    priority: {
      value: { type: 'word', words: PRIORITIES, expected: 'should be high, medium or low' },
      doc: 'high, medium or low: how much you want to work there.',
    },
    connections: {
      value: { type: 'textList' },
      aliases: ['alumni'],
      doc: 'People you know there, such as former colleagues.',
    },
    motivation: {
      value: { type: 'text' },
      aliases: ['why'],
      doc: 'Why this company.',
    },
    postings: {
      value: { type: 'textList' },
      aliases: ['jobs'],
      doc: 'Open roles there that fit your next step.',
    },
    notes: {
      value: { type: 'notes' },
      doc: 'Anything else worth keeping about the company.',
    },
  },
} as const satisfies MappingFormat;
