import * as z from 'zod';

/**
 * The plan's frontmatter as data: the single description of the format, used to validate every
 * plan and to generate `schemas/career-plan.schema.json`. Keys are the canonical ones; aliases are
 * mapped before validation (see aliases.ts). Messages are written for a person reading them at the
 * offending line.
 */
const text = z.string({ error: 'should be text' }).min(1, { error: 'should not be empty' });
const date = z.iso.date({ error: 'should be a date written as YYYY-MM-DD' });
const textList = z.array(text, { error: 'should be a list of texts' });

const action = z.union(
  [
    text,
    z.strictObject({
      title: text,
      done: z.union([z.boolean(), date], { error: 'should be true, false or the date it was done' }).optional(),
      due: date.optional(),
    }),
  ],
  { error: 'should be a text, or a mapping with a title' },
);
const actions = z.array(action, { error: 'should be a list of actions' });

export const stepSchema = z.union(
  [
    text,
    z.strictObject({
      title: text,
      target: date.optional(),
      done: z.union([z.boolean(), date], { error: 'should be true, false or the date it was reached' }).optional(),
      actions: actions.optional(),
      notes: z.string({ error: 'should be text' }).optional(),
    }),
  ],
  { error: 'should be a title, or a mapping with a title and a target date' },
);

export const GAP_STATUSES = ['open', 'active', 'closed'] as const;
export const gapSchema = z.union(
  [
    text,
    z.strictObject({
      title: text,
      status: z.enum(GAP_STATUSES, { error: 'should be open, active or closed' }).optional(),
      blocks: z.union([text, z.int().min(1)], { error: 'should be a step title or a step number (1 is the first)' }).optional(),
      actions: actions.optional(),
      notes: z.string({ error: 'should be text' }).optional(),
    }),
  ],
  { error: 'should be a skill to build, or a mapping with a title' },
);

export const MOMENT_KINDS = ['review', 'interview', 'offer', 'negotiation', 'conversation', 'presentation', 'other'] as const;
export const momentSchema = z.strictObject(
  {
    title: text,
    date: date.optional(),
    kind: z.enum(MOMENT_KINDS, { error: `should be one of ${MOMENT_KINDS.join(', ')}` }).optional(),
    prep: z.union([text, textList], { error: 'should be a text or a list of preparation notes' }).optional(),
    actions: actions.optional(),
  },
  { error: 'should be a mapping with a title and a date' },
);

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export const companySchema = z.strictObject(
  {
    name: text,
    priority: z.enum(PRIORITIES, { error: 'should be high, medium or low' }).optional(),
    connections: textList.optional(),
    motivation: text.optional(),
    postings: textList.optional(),
    notes: z.string({ error: 'should be text' }).optional(),
  },
  { error: 'should be a mapping with a name' },
);

/** `3 months`, `6 weeks`, `1 year`, `monthly`, `quarterly`… (see cadence.ts). */
export const reviewSchema = z.strictObject(
  {
    every: text.optional(),
    last: date.optional(),
  },
  { error: 'should be a mapping with every (like "3 months") and last (a date)' },
);

export const SEVERITY_SETTINGS = ['error', 'warning', 'info', 'off'] as const;
export const lintSchema = z.record(
  z.string(),
  z.union([z.enum(SEVERITY_SETTINGS), z.boolean()], { error: 'should be error, warning, info, off, true or false' }),
  { error: 'should be a mapping of rule ids or names to a severity' },
);

export const planSchema = z.strictObject(
  {
    goal: text.describe('The long-term career goal, as one sentence.'),
    target: date.optional().describe('When the goal should be reached.'),
    values: z.union([text, textList], { error: 'should be a list of the things that matter to you' }).optional(),
    review: reviewSchema.optional(),
    steps: z.array(stepSchema, { error: 'should be a list of steps' }).optional(),
    gaps: z.array(gapSchema, { error: 'should be a list of gaps, the most significant first' }).optional(),
    moments: z.array(momentSchema, { error: 'should be a list of key moments' }).optional(),
    companies: z.array(companySchema, { error: 'should be a list of target companies' }).optional(),
    lint: lintSchema.optional(),
  },
  { error: 'should be a mapping of keys such as goal, steps and gaps' },
);

export type PlanData = z.infer<typeof planSchema>;
