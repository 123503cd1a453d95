import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { parse as parseYaml } from 'yaml';
import { planJsonSchema } from '../../../src/core/format/jsonSchema';
import { lintText } from '../../../src/core/lint/lint';

const ROOT = path.resolve(__dirname, '../../..');
const SCHEMA_FILE = path.join(ROOT, 'schemas/career-plan.schema.json');

/** The format rules whose findings say the frontmatter does not fit the format. */
const FORMAT_FINDINGS = new Set(['CP003', 'CP004', 'CP005', 'CP006']);

const frontmatterOf = (plan: string) => /^---\r?\n([\s\S]*?)\r?\n---/.exec(plan)![1];

describe('JSON Schema', () => {
  it('schemas/career-plan.schema.json is generated from the zod schema and current (npm run schema)', () => {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    assert.equal(committed, `${JSON.stringify(planJsonSchema(), null, 2)}\n`);
  });

  describe('accepts what the plan reader accepts, and refuses what its format rules report', () => {
    const schemaAccepts = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')));
    const readerAccepts = (plan: string) => !lintText(plan, { today: '2026-12-08' }).findings.some((finding) => FORMAT_FINDINGS.has(finding.ruleId));
    const plan = (...lines: string[]) => ['---', ...lines, '---', ''].join('\n');
    const cases: [string, string][] = [
      ...readdirSync(path.join(ROOT, 'examples')).map((file): [string, string] => [`examples/${file}`, readFileSync(path.join(ROOT, 'examples', file), 'utf8')]),
      ['aliases', plan('goal: Lead the payments team', 'deadline: 2029-06-30', 'milestones:', '  - role: Team lead', '    deadline: 2027-06-30', 'skills:', '  - title: Hiring', 'key moments:', '  - kind: review', '    date: 2027-03-01')],
      ['keys in capitals', plan('Goal: Lead the payments team', 'TARGET: 2029-06-30', 'Steps:', '  - Title: Team lead', '    Target: 2027-06-30')],
      ['keys left empty', plan('goal: Lead the payments team', 'target:', 'values:', 'steps:', '  - title: Team lead', '    target:')],
      ['a goal in capitals and nothing else', plan('GOAL: Lead the payments team')],
      ['no goal', plan('target: 2029-06-30', 'steps:', '  - Team lead')],
      ['an empty goal', plan('goal:', 'steps:', '  - Team lead')],
      ['an unknown key', plan('goal: Lead the payments team', 'targt: 2029-06-30')],
      ['an impossible date', plan('goal: Lead the payments team', 'target: 2029-02-30')],
      ['a word the format does not know', plan('goal: Lead the payments team', 'gaps:', '  - title: Hiring', '    status: someday')],
    ];
    for (const [name, text] of cases) {
      it(name, () => {
        const data = parseYaml(frontmatterOf(text)) as unknown;
        assert.equal(schemaAccepts(data), readerAccepts(text), JSON.stringify(schemaAccepts.errors));
      });
    }
  });
});
