import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parsePlan } from '../../../src/core/parse/parsePlan';
import { looksLikeBodyPlan } from '../../../src/core/parse/bodyPlanDetect';

const ROOT = path.resolve(__dirname, '../../..');

/** The body-only plans of this repository: the editor's tests open this one as a plan. */
const BODY_ONLY_PLANS = new Set([path.join('test/integration/workspace', 'notes', 'my-growth.md')]);

/** Markdown files of this repository that are not plans: its docs, its examples, the tests' workspace. */
function repositoryMarkdown(): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(path.join(ROOT, folder), { withFileTypes: true })) {
      const relative = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(relative);
      else if (entry.name.endsWith('.md') && !BODY_ONLY_PLANS.has(relative)) found.push(relative);
    }
  };
  for (const folder of ['docs', 'examples', 'test/integration/workspace', 'test/fixtures/regressions', 'test/fixtures/goals']) if (existsSync(path.join(ROOT, folder))) walk(folder);
  return ['README.md', 'CHANGELOG.md', ...found];
}

/** The READMEs of the packages this repository depends on: ordinary Markdown of every kind. */
function packageReadmes(): string[] {
  const modules = path.join(ROOT, 'node_modules');
  if (!existsSync(modules)) return [];
  return readdirSync(modules)
    .filter((name) => !name.startsWith('.') && !name.startsWith('@'))
    .sort()
    .map((name) => path.join('node_modules', name, 'README.md'))
    .filter((file) => existsSync(path.join(ROOT, file)))
    .slice(0, 120);
}

/** Notes that name goals, steps and gaps without being a career plan. */
const NOTES = [
  '# Parser\n\n## Goals\n\n- Fast on large files\n- No dependencies\n\n## Non-goals\n\n- Streaming\n\n## Roadmap\n\n- 1.0 by 2027-03-31\n',
  '# Sprint 14 notes\n\nGoal: ship the export button.\n\nSteps:\n- Design review\n- Build it\n- Release on 2027-02-01\n',
  '# Vision\n\nVision: the fastest YAML reader on npm.\n\n## Milestones\n\n- Benchmarks — 2026-11-30\n- Release — 2027-01-31\n',
  '# Reading notes\n\nThe author says a career goal is a five-year guess.\n\n## Gaps\n\nThe book has gaps in its chapter on money.\n',
];

describe('body-only plans: ordinary Markdown is not taken for a plan', () => {
  for (const file of [...repositoryMarkdown(), ...packageReadmes()]) {
    it(file, () => {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      assert.notEqual(parsePlan(text).plan.readFrom, 'body');
    });
  }

  NOTES.forEach((text, index) => {
    it(`notes ${index + 1}: ${text.split('\n')[0]}`, () => {
      assert.notEqual(parsePlan(text, { today: '2026-01-15' }).plan.readFrom, 'body');
      assert.equal(looksLikeBodyPlan(text), false);
    });
  });
});
