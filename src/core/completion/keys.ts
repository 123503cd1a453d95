import * as z from 'zod';
import type { Context } from '../aliases';
import { companySchema, gapSchema, momentSchema, planSchema, reviewSchema, stepSchema } from '../schema';

/** How a key's value is written, which decides what typing the key inserts. */
export type ValueShape = 'text' | 'date' | 'list' | 'mapping' | 'word';

export interface KeyInfo {
  readonly key: string;
  readonly shape: ValueShape;
  /** One sentence for the completion list. */
  readonly doc: string;
}

/** Steps, gaps and actions may be a bare text; their keys are those of the mapping form. */
const step = stepSchema.options[1];
const action = step.shape.actions.unwrap().element.options[1];

/** Each kind of mapping, as the schema (the one description of the format) defines its keys. */
const MAPPINGS = {
  plan: planSchema,
  step,
  gap: gapSchema.options[1],
  action,
  moment: momentSchema,
  company: companySchema,
  review: reviewSchema,
} satisfies Partial<Record<Context, z.ZodObject>>;

type Mapping = keyof typeof MAPPINGS;

/**
 * A sentence for each key, in the order a plan usually writes them, which is the order completion
 * offers them in. The type holds each table to its schema's keys: no key missing, none extra.
 */
const DOCS: { readonly [M in Mapping]: Readonly<Record<keyof (typeof MAPPINGS)[M]['shape'], string>> } = {
  plan: {
    goal: 'Where you want your career to be in the long run, in one sentence.',
    target: 'The day by which you mean to reach the goal.',
    values: 'What matters to you in work; the goal should serve at least one of them.',
    review: 'How often you look at the plan again (`every`) and when you last did (`last`).',
    steps: 'The roles or milestones on the way to the goal, in order, each with a target date.',
    gaps: 'Skills and experience to build, the most significant first.',
    moments: 'Key career moments ahead: reviews, interviews, offers, negotiations.',
    companies: 'Companies you would like to work for, with your connections and motivation there.',
    lint: 'Rule settings for this file: a rule id or name, then error, warning, info or off.',
  },
  step: {
    title: 'The role, level or milestone.',
    target: 'The day you mean to reach it by.',
    done: 'The day you reached it, or true when you do not know the day.',
    actions: 'What you will do to get there.',
    notes: 'Anything else worth keeping with the step.',
  },
  gap: {
    title: 'The skill or experience you lack.',
    status: 'open, active (being worked on now) or closed.',
    blocks: 'The step this gap stands in front of: its title or its number (1 is the first).',
    actions: 'How you will close the gap.',
    notes: 'Anything else worth keeping with the gap.',
  },
  action: {
    title: 'What to do.',
    due: 'The day it should be done by.',
    done: 'true, or the day it was done.',
  },
  moment: {
    title: 'What happens: a review, an interview, an offer, a negotiation.',
    date: 'The day it happens.',
    kind: 'review, interview, offer, negotiation, conversation, presentation or other; guessed from the title when left out.',
    prep: 'Your preparation notes.',
    actions: 'Preparation tasks to tick off.',
  },
  company: {
    name: 'The company.',
    priority: 'high, medium or low: how much you want to work there.',
    connections: 'People you know there, such as former colleagues.',
    motivation: 'Why this company.',
    postings: 'Open roles there that fit your next step.',
    notes: 'Anything else worth keeping about the company.',
  },
  review: {
    every: 'How often: "3 months", "6 weeks", "monthly", "quarterly"…',
    last: 'The day of your last review of the plan.',
  },
};

/** When a value may take several forms, completion starts the richest: a list, then a mapping, then a date, then a word. */
const PREFERRED: readonly ValueShape[] = ['list', 'mapping', 'date', 'word'];

/** How a key's value is written, read from its schema. */
function shapeOf(schema: z.ZodType): ValueShape {
  if (schema instanceof z.ZodOptional) return shapeOf(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodArray) return 'list';
  if (schema instanceof z.ZodObject || schema instanceof z.ZodRecord) return 'mapping';
  if (schema instanceof z.ZodEnum) return 'word';
  if (schema instanceof z.ZodStringFormat && schema.format === 'date') return 'date';
  if (schema instanceof z.ZodUnion) {
    const shapes = (schema.options as z.ZodType[]).map(shapeOf);
    return PREFERRED.find((shape) => shapes.includes(shape)) ?? 'text';
  }
  return 'text';
}

/** The keys of each kind of mapping, with how their values are written and a sentence about each. */
export const KEYS: Partial<Record<Context, readonly KeyInfo[]>> = Object.fromEntries(
  (Object.keys(MAPPINGS) as Mapping[]).map((mapping) => {
    const shape: Record<string, z.ZodType> = MAPPINGS[mapping].shape;
    return [mapping, Object.entries(DOCS[mapping]).map(([key, doc]: [string, string]) => ({ key, shape: shapeOf(shape[key]), doc }))];
  }),
);
