import type { MappingFormat } from './types';

/** The frontmatter's top level. */
export const PLAN = {
  expected: 'should be a mapping of keys such as goal, steps and gaps',
  keys: {
    goal: {
      value: { type: 'text' },
      required: true,
      doc: 'Where you want your career to be in the long run, in one sentence.',
    },
    target: {
      value: { type: 'date' },
      aliases: ['deadline'],
      doc: 'The day by which you mean to reach the goal.',
    },
    values: {
      value: { type: 'textOrList', expected: 'should be a list of the things that matter to you' },
      doc: 'What matters to you in work; the goal should serve at least one of them.',
    },
    review: {
      value: { type: 'mapping', of: 'review' },
      doc: 'How often you look at the plan again (`every`) and when you last did (`last`).',
    },
    steps: {
      value: { type: 'list', of: 'step', expected: 'should be a list of steps' },
      aliases: ['milestones'],
      doc: 'The roles or milestones on the way to the goal, in order, each with a target date.',
    },
    gaps: {
      value: { type: 'list', of: 'gap', expected: 'should be a list of gaps, the most significant first' },
      aliases: ['skills'],
      doc: 'Skills and experience to build, the most significant first.',
    },
    moments: {
      value: { type: 'list', of: 'moment', expected: 'should be a list of key moments' },
      aliases: ['key moments', 'moment'],
      doc: 'Key career moments ahead: reviews, interviews, offers, negotiations.',
    },
    companies: {
      value: { type: 'list', of: 'company', expected: 'should be a list of target companies' },
      doc: 'Companies you would like to work for, with your connections and motivation there.',
    },
    lint: {
      value: { type: 'mapping', of: 'lint' },
      doc: 'Rule settings for this file: a rule id or name, then error, warning, info or off.',
    },
  },
} as const satisfies MappingFormat;
