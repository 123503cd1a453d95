import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { LintOptions } from '../../../src/core/rules/options';

export const FIXTURES = path.resolve(__dirname, '../../fixtures/rules');
/** The day a fixture is linted on unless it says otherwise with a `# today: YYYY-MM-DD` line. */
export const DEFAULT_TODAY = '2026-01-15';

/**
 * A plan with its expected findings written inline: `# expect: CP101 CP102` (in YAML) or
 * `<!-- expect: CP101 -->` (in the body) at the end of the line where each finding starts.
 * `# today: …`, `# options: {…}` and `# max-body: N` lines set how it is linted. The markers are
 * comments, so the plan is linted exactly as written.
 */
export interface Fixture {
  readonly name: string;
  readonly text: string;
  readonly today: string;
  readonly options: Partial<LintOptions>;
  readonly maxBodyLength?: number;
  /** `line:ruleId` with 1-based lines, sorted. */
  readonly expected: readonly string[];
}

const EXPECT = /(?:#|<!--)\s*expect:\s*([A-Z]{2}\d{3}(?:[\s,]+[A-Z]{2}\d{3})*)/;

export function readFixtures(): Fixture[] {
  return readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => readFixture(name, readFileSync(path.join(FIXTURES, name), 'utf8')));
}

export function readFixture(name: string, text: string): Fixture {
  const expected: string[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const match = EXPECT.exec(line);
    if (match) for (const id of match[1].split(/[\s,]+/)) expected.push(`${index + 1}:${id}`);
  });
  const setting = (key: string) => new RegExp(`^\\s*#\\s*${key}:\\s*(.+?)\\s*$`, 'm').exec(text)?.[1];
  const maxBody = setting('max-body');
  return {
    name,
    text,
    today: setting('today') ?? DEFAULT_TODAY,
    options: JSON.parse(setting('options') ?? '{}') as Partial<LintOptions>,
    maxBodyLength: maxBody === undefined ? undefined : Number(maxBody),
    expected: expected.sort(byLine),
  };
}

export function byLine(a: string, b: string): number {
  const [lineA, idA] = a.split(':');
  const [lineB, idB] = b.split(':');
  return Number(lineA) - Number(lineB) || idA.localeCompare(idB);
}
