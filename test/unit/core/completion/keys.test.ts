import * as assert from 'node:assert/strict';
import * as z from 'zod';
import { KEYS } from '../../../../src/core/completion/keys';
import { planSchema } from '../../../../src/core/format/schema';

/** The mapping a schema validates: itself, or the mapping form of an optional value, a list's items or a bare-title-or-mapping union. */
function mappingOf(schema: z.ZodType): z.ZodObject {
  if (schema instanceof z.ZodOptional) return mappingOf(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodArray) return mappingOf(schema.element as z.ZodType);
  if (schema instanceof z.ZodUnion) return mappingOf((schema.options as z.ZodType[]).find((option) => !(option instanceof z.ZodString))!);
  assert.ok(schema instanceof z.ZodObject);
  return schema;
}

describe('completion keys', () => {
  it('offer exactly the keys the schema knows, for every mapping', () => {
    const plan = mappingOf(planSchema);
    const step = mappingOf(plan.shape.steps);
    const expected: [string, z.ZodObject][] = [
      ['plan', plan],
      ['step', step],
      ['gap', mappingOf(plan.shape.gaps)],
      ['action', mappingOf(step.shape.actions)],
      ['moment', mappingOf(plan.shape.moments)],
      ['company', mappingOf(plan.shape.companies)],
      ['review', mappingOf(plan.shape.review)],
    ];
    for (const [context, schema] of expected) {
      const offered = (KEYS[context as keyof typeof KEYS] ?? []).map((info) => info.key).sort();
      assert.deepEqual(offered, Object.keys(schema.shape).sort(), context);
    }
  });

  it('describe every key in a sentence', () => {
    for (const infos of Object.values(KEYS)) for (const info of infos ?? []) assert.match(info.doc, /^\S.*[.…]$/, info.key);
  });
});
