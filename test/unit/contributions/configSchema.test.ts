// The JSON Schema that VS Code uses for .career-plan.json files (package.json jsonValidation) is
// generated from the rule registry: it must be committed as generated, and cover every rule.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { rules } from '../../../src/core/rules/registry';
import { CONFIG_SCHEMA_FILE, configSchemaText } from '../../../scripts/generate-config-schema';

const ROOT = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

describe('.career-plan.json schema', () => {
  it('is committed as generated (npm run schema:config)', () => {
    assert.equal(readFileSync(CONFIG_SCHEMA_FILE, 'utf8'), configSchemaText());
  });

  it('is the schema package.json gives to .career-plan.json files', () => {
    const wiring = manifest.contributes.jsonValidation.find((entry: { fileMatch: string }) => entry.fileMatch === '.career-plan.json');
    assert.ok(wiring, 'no jsonValidation entry for .career-plan.json');
    assert.equal(path.resolve(ROOT, wiring.url), CONFIG_SCHEMA_FILE);
  });

  it('names every rule by id and by name', () => {
    const schema = JSON.parse(configSchemaText());
    const known = Object.keys(schema.properties.rules.properties);
    for (const rule of rules) {
      assert.ok(known.includes(rule.id), rule.id);
      assert.ok(known.includes(rule.name), rule.name);
    }
  });
});
