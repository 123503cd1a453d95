import * as assert from 'node:assert/strict';
import { KEYS } from '../../../../src/core/completion/keys';
import { companySchema, gapSchema, momentSchema, planSchema, reviewSchema, stepSchema } from '../../../../src/core/schema';

const objectKeys = (schema: unknown): string[] => {
  const options = (schema as { options?: unknown[] }).options;
  const object = (options ? options.find((option) => (option as { shape?: unknown }).shape) : schema) as { shape: object };
  return Object.keys(object.shape).sort();
};

describe('completion keys', () => {
  it('offer exactly the keys the schema knows, for every mapping', () => {
    const expected: [string, unknown][] = [
      ['plan', planSchema],
      ['step', stepSchema],
      ['gap', gapSchema],
      ['moment', momentSchema],
      ['company', companySchema],
      ['review', reviewSchema],
    ];
    for (const [context, schema] of expected) {
      const offered = (KEYS[context as keyof typeof KEYS] ?? []).map((info) => info.key).sort();
      assert.deepEqual(offered, objectKeys(schema), context);
    }
  });

  it('describe every key in a sentence', () => {
    for (const infos of Object.values(KEYS)) for (const info of infos ?? []) assert.match(info.doc, /^\S.*[.…]$/, info.key);
  });
});
