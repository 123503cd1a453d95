import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { lintText } from '../../../src/core/lint/lint';
import { byLine, DEFAULT_TODAY, readFixture } from '../rules/fixtureFile';
import { summarise } from './summary';

const FOLDER = path.resolve(__dirname, '../../fixtures/bodyplans');
/** `UPDATE_READINGS=1 npx mocha …` writes the readings anew: review their diff before committing. */
const UPDATE = process.env.UPDATE_READINGS === '1';

describe('body-only plans: the fixtures read as expected and lint at the right lines', () => {
  const names = readdirSync(FOLDER).filter((name) => name.endsWith('.md')).sort();

  it('there are at least 30 of them', () => assert.ok(names.length >= 30, `${names.length}`));

  for (const name of names) {
    describe(name, () => {
      const fixture = readFixture(name, readFileSync(path.join(FOLDER, name), 'utf8'));
      const { parsed, findings } = lintText(fixture.text, { today: DEFAULT_TODAY });
      const expectedFile = path.join(FOLDER, name.replace(/\.md$/, '.reading.json'));

      it('is read from its body', () => assert.equal(parsed.plan.readFrom, 'body'));

      it('reads to its expected model', () => {
        const summary = summarise(parsed);
        if (UPDATE || !existsSync(expectedFile)) writeFileSync(expectedFile, `${JSON.stringify(summary, null, 2)}\n`);
        assert.deepEqual(summary, JSON.parse(readFileSync(expectedFile, 'utf8')));
      });

      it('gets exactly the findings written beside its lines (format rules and CP009 at least)', () => {
        const lines = findings.filter((finding) => finding.ruleId < 'CP100' || fixture.expected.some((entry) => entry.endsWith(finding.ruleId))).map((finding) => `${finding.range.start.line + 1}:${finding.ruleId}`).sort(byLine);
        assert.deepEqual(lines, fixture.expected);
      });
    });
  }
});
