import { ACTION } from './action';
import { COMPANY } from './company';
import { GAP } from './gap';
import { MOMENT } from './moment';
import { PLAN } from './plan';
import { REVIEW } from './review';
import { STEP } from './step';
import type { MappingFormat, MappingKind } from './types';

const TABLE = {
  plan: PLAN,
  step: STEP,
  gap: GAP,
  action: ACTION,
  moment: MOMENT,
  company: COMPANY,
  review: REVIEW,
} as const satisfies Readonly<Record<MappingKind, MappingFormat>>;

/**
 * The plan format: every kind of mapping with its keys, each key with how its value is written, its
 * aliases, what it holds and a sentence about it. The zod schema (and the JSON Schema made from it),
 * key lookups while parsing, completion and plan detection are all derived from this table.
 */
export const FORMAT: Readonly<Record<MappingKind, MappingFormat>> = TABLE;

/**
 * The table as written, every key and form a literal type: the model's types for the keys it holds
 * as written are derived from it (see AsWritten in model.ts), so a new key needs no type of its own.
 */
export type FormatTable = typeof TABLE;
