import * as assert from 'node:assert/strict';
import * as z from 'zod/mini';
import { KEYS } from '../../../../src/core/completion/keys';
import { planSchema } from '../../../../src/core/format/schema';

/** The mapping a schema validates: itself, or the mapping form of an optional value, a list's items or a bare-title-or-mapping union. */
function mappingOf(schema: z.core.$ZodType): z.ZodMiniObject {
  if (schema instanceof z.ZodMiniOptional) return mappingOf(schema.def.innerType);
  if (schema instanceof z.ZodMiniArray) return mappingOf(schema.def.element);
  if (schema instanceof z.ZodMiniUnion) return mappingOf(schema.def.options.find((option) => !(option instanceof z.ZodMiniString))!);
  assert.ok(schema instanceof z.ZodMiniObject);
  return schema;
}

describe('completion keys', () => {
  it('offer exactly the keys the schema knows, for every mapping', () => {
    const plan = mappingOf(planSchema);
    const step = mappingOf(plan.shape.steps);
    const expected: [string, z.ZodMiniObject][] = [
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
