import type { MappingFormat } from './types';

export const MOMENT_KINDS = ['review', 'interview', 'offer', 'negotiation', 'conversation', 'presentation', 'other'] as const;

/** An item of `moments:`. */
export const MOMENT = {
  expected: 'should be a mapping with a title and a date',
  keys: {
    title: {
      value: { type: 'text' },
      required: true,
      aliases: ['name'],
      doc: 'What happens: a review, an interview, an offer, a negotiation.',
    },
    date: {
      value: { type: 'date' },
      aliases: ['when'],
      doc: 'The day it happens.',
    },
    kind: {
      value: { type: 'word', words: MOMENT_KINDS, expected: `should be one of ${MOMENT_KINDS.join(', ')}` },
      aliases: ['type'],
      doc: 'review, interview, offer, negotiation, conversation, presentation or other; guessed from the title when left out.',
    },
    prep: {
      value: { type: 'textOrList', expected: 'should be a text or a list of preparation notes' },
      aliases: ['preparation'],
      doc: 'Your preparation notes.',
    },
    actions: {
      value: { type: 'list', of: 'action', expected: 'should be a list of actions' },
      doc: 'Preparation tasks to tick off.',
    },
  },
} as const satisfies MappingFormat;
