import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { planJsonSchema } from '../../../src/core/format/jsonSchema';

describe('JSON Schema', () => {
  it('schemas/career-plan.schema.json is generated from the zod schema and current (npm run schema)', () => {
    const committed = readFileSync(path.resolve(__dirname, '../../../schemas/career-plan.schema.json'), 'utf8');
    assert.equal(committed, `${JSON.stringify(planJsonSchema(), null, 2)}\n`);
  });
});
