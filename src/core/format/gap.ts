import type { MappingFormat } from './types';

export const GAP_STATUSES = ['open', 'active', 'closed'] as const;

/** An item of `gaps:`. */
export const GAP = {
  expected: 'should be a skill to build, or a mapping with a title',
  bareTitle: true,
  keys: {
    title: {
      value: { type: 'text' },
      required: true,
      aliases: ['name', 'skill'],
      doc: 'The skill or experience you lack.',
    },
    status: {
      value: { type: 'word', words: GAP_STATUSES, expected: 'should be open, active or closed' },
      doc: 'open, active (being worked on now) or closed.',
    },
    closed: {
      value: { type: 'date' },
      aliases: ['closed on'],
      doc: 'The day you closed the gap (with status closed).',
    },
    source: {
      value: { type: 'text' },
      aliases: ['said by', 'from'],
      doc: 'Who named this gap, such as your manager or a mentor asked at a review.',
    },
    blocks: {
      value: { type: 'stepReference', expected: 'should be a step title or a step number (1 is the first)' },
      aliases: ['step', 'blocks step'],
      doc: 'The step this gap stands in front of: its title or its number (1 is the first).',
    },
    actions: {
      value: { type: 'list', of: 'action', expected: 'should be a list of actions' },
      doc: 'How you will close the gap.',
    },
    notes: {
      value: { type: 'notes' },
      doc: 'Anything else worth keeping with the gap.',
    },
  },
} as const satisfies MappingFormat;
