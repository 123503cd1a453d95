import * as z from 'zod/mini';
import { FORMAT } from './table';
import type { KeyFormat, MappingKind, ValueFormat } from './types';
import { SEVERITY_SETTINGS } from './severity';

/**
 * The plan's frontmatter as zod validates it, made from the format table (format/table.ts): used to
 * validate every plan and to generate `schemas/career-plan.schema.json`. Keys are the canonical ones;
 * aliases are mapped before validation (see format/lookup.ts). Messages are written for a person
 * reading them at the offending line.
 *
 * It is written with zod/mini, whose functions let the bundler keep only the parts of zod in use
 * (about 19 KB gzip less than the chained API in the first plan's bundle). zod/mini loads no locale:
 * an issue a person can read must come from a schema given its own `error`, or it says "Invalid input".
 */
const text = z.string({ error: 'should be text' }).check(z.minLength(1, { error: 'should not be empty' }));
const notes = z.string({ error: 'should be text' });
const date = z.iso.date({ error: 'should be a date written as YYYY-MM-DD' });
const textList = z.array(text, { error: 'should be a list of texts' });

/** The `lint:` mapping's keys are rule ids or names, which the rule registry knows, not the format. */
const lintSchema = z.record(
  z.string(),
  z.union([z.enum(SEVERITY_SETTINGS), z.boolean()], { error: 'should be error, warning, info, off, true or false' }),
  { error: 'should be a mapping of rule ids or names to a severity' },
);

function valueSchema(value: ValueFormat): z.ZodMiniType {
  switch (value.type) {
    case 'text':
      return text;
    case 'notes':
      return notes;
    case 'date':
      return date;
    case 'done':
      return z.union([z.boolean(), date], { error: value.expected });
    case 'word':
      return z.enum(value.words, { error: value.expected });
    case 'textList':
      return textList;
    case 'textOrList':
      return z.union([text, textList], { error: value.expected });
    case 'stepReference':
      return z.union([text, z.int().check(z.minimum(1))], { error: value.expected });
    case 'list':
      return z.array(mappingSchema(value.of), { error: value.expected });
    case 'mapping':
      return value.of === 'lint' ? lintSchema : mappingSchema(value.of);
  }
}

function keySchema(key: KeyFormat): z.ZodMiniType {
  const value = valueSchema(key.value);
  // `check` returns a copy, so the description stays off the value's schema, which other keys share.
  return (key.required ? value : z.optional(value)).check(z.describe(key.doc));
}

function mappingSchema(kind: MappingKind): z.ZodMiniType {
  const format = FORMAT[kind];
  const shape = Object.fromEntries(Object.entries(format.keys).map(([key, keyFormat]) => [key, keySchema(keyFormat)]));
  if (format.bareTitle) return z.union([text, z.strictObject(shape)], { error: format.expected });
  return z.strictObject(shape, { error: format.expected });
}

export const planSchema = mappingSchema('plan');
