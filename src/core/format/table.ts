import { ACTION } from './action';
import { COMPANY } from './company';
import { GAP } from './gap';
import { MOMENT } from './moment';
import { PLAN } from './plan';
import { REVIEW } from './review';
import { STEP } from './step';
import type { MappingFormat, MappingKind } from './types';

/**
 * The plan format: every kind of mapping with its keys, each key with how its value is written, its
 * aliases, what it holds and a sentence about it. The zod schema (and the JSON Schema made from it),
 * key lookups while parsing, completion and plan detection are all derived from this table.
 */
export const FORMAT: Readonly<Record<MappingKind, MappingFormat>> = {
  plan: PLAN,
  step: STEP,
  gap: GAP,
  action: ACTION,
  moment: MOMENT,
  company: COMPANY,
  review: REVIEW,
};
