// The JSON Schema that VS Code uses for .career-plan.json files (package.json jsonValidation) is
// generated from the zod schema the CLI and the extension validate the file with: it must be
// committed as generated, cover every rule, and accept exactly what the validation accepts.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import fc from 'fast-check';
import { readConfigText } from '../../../src/core/config/readConfig';
import { OPTION_BOUNDS } from '../../../src/core/rules/options';
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

describe('.career-plan.json: the editor\'s JSON Schema and the validation agree', () => {
  const ajv = new Ajv({ allErrors: true });
  const jsonSchemaAccepts = ajv.compile(JSON.parse(readFileSync(CONFIG_SCHEMA_FILE, 'utf8')));
  const zodAccepts = (value: unknown) => readConfigText(JSON.stringify(value)).problems.length === 0;

  it('on every kind of mistake and on valid files', () => {
    const samples: unknown[] = [
      {},
      { rules: { CP101: 'off', 'goal-not-time-bound': true, CP201: false, CP305: 'error', CP401: 'info', CP402: 'warning' } },
      { options: { focusLimit: 1, minMonthsBetweenSteps: 0.5, momentPrepDays: 0 } },
      { ignores: [], root: false, $schema: 'x' },
      { rules: { CP101: 'eror' } },
      { rules: { CP101: 'off', 'goal-vague-verb': 'error' } },
      { rules: { CP101: 'Error' } },
      { rules: { cp101: 'off' } },
      { rules: { 'goal-vauge-verb': 'off' } },
      { rules: [] },
      { options: { focusLimit: 0 } },
      { options: { focusLimit: 1.5 } },
      { options: { focusLimit: '2' } },
      { options: { minMonthsBetweenSteps: -0.1 } },
      { options: { extra: 1 } },
      { ignores: 'a' },
      { ignores: [1] },
      { root: 'yes' },
      { rule: {} },
      [],
      'rules',
      null,
    ];
    for (const sample of samples) assert.equal(jsonSchemaAccepts(sample), zodAccepts(sample), JSON.stringify(sample));
  });

  it('on random files', function () {
    this.timeout(20_000);
    const severity = fc.constantFrom('error', 'warning', 'info', 'off', true, false, 'eror', 'Error', 0, null);
    const ruleKey = fc.constantFrom(...rules.flatMap((rule) => [rule.id, rule.name]), 'cp101', 'nope', '__proto__');
    const option = fc.oneof(fc.integer({ min: -2, max: 5 }), fc.double({ min: -2, max: 5, noNaN: true }), fc.string());
    const config = fc.record(
      {
        rules: fc.dictionary(ruleKey, severity, { maxKeys: 4 }),
        options: fc.dictionary(fc.constantFrom('focusLimit', 'minMonthsBetweenSteps', 'momentPrepDays', 'other'), option, { maxKeys: 3 }),
        ignores: fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 3 }),
        root: fc.oneof(fc.boolean(), fc.string()),
        other: fc.jsonValue(),
      },
      { requiredKeys: [] },
    );
    fc.assert(fc.property(config, (value) => jsonSchemaAccepts(value) === zodAccepts(value)), { numRuns: 1000 });
  });

  it('each option has the type and minimum of the editor setting of the same name', () => {
    const settings = manifest.contributes.configuration.properties;
    for (const [name, bounds] of Object.entries(OPTION_BOUNDS)) {
      const setting = settings[`careerPlan.${name}`];
      assert.equal(bounds.whole ? 'integer' : 'number', setting.type, name);
      assert.equal(bounds.minimum, setting.minimum, name);
    }
  });
});
