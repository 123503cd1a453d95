import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parsePlan } from '../../../src/core/parse/parsePlan';
import type { Plan } from '../../../src/core/plan/model';

export const TODAY = '2026-11-24';

export function fixtureText(name: string): string {
  const file = name === 'example' ? path.resolve(__dirname, '../../../examples/career-plan.md') : path.resolve(__dirname, '../../fixtures/timeline', name);
  return readFileSync(file, 'utf8');
}

/** The example plan of the repository, or a plan under test/fixtures/timeline. */
export function fixturePlan(name: string): Plan {
  const parsed = parsePlan(fixtureText(name));
  if (parsed.problems.length > 0) throw new Error(`${name}: ${parsed.problems.map((problem) => problem.message).join('; ')}`);
  return parsed.plan;
}

export function planOf(yaml: string): Plan {
  return parsePlan(`---\n${yaml}\n---\n`).plan;
}
