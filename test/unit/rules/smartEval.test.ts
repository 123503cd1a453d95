import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { evaluate, falsePositiveRateOf, LETTERS, loadOthers, loadOurs, meetsRegressionFloor, OTHERS, recallOf } from '../../../scripts/eval-smart';

const percent = (n: number) => `${(100 * n).toFixed(1)}%`;

/** sources.tsv: `ID<TAB>SPLIT<TAB>PUBLISHER<TAB>URL<TAB>TITLE`. */
function sources() {
  return readFileSync(path.join(OTHERS, 'sources.tsv'), 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [id, split, publisher, url] = line.split('\t');
      return { id, split, publisher, url };
    });
}

describe('SMART evaluation (npm run eval:smart)', function () {
  // Lints about two thousand plans: a few seconds alone, slower on a busy machine.
  this.timeout(60_000);

  it('keeps the regression set (the project’s own statements) at 95 % or better on every letter', () => {
    const statements = loadOurs();
    assert.ok(statements.length >= 382, `${statements.length} statements`);
    const scores = evaluate(statements);
    for (const letter of LETTERS) {
      const score = scores.letters[letter];
      const detail = [...score.misses.map((s) => `missed: ${s.text}`), ...score.falsePositives.map((s) => `false positive: ${s.text}`)].join('\n');
      assert.ok(meetsRegressionFloor(score), `${letter}: recall ${percent(recallOf(score))}, false positives ${percent(falsePositiveRateOf(score))}\n${detail}`);
    }
  });

  it('reads other people’s statements: 1,000 or more, from 150 or more sources, every line labelled', () => {
    const all = [...loadOthers('dev'), ...loadOthers('test')];
    assert.ok(all.length >= 1000, `${all.length} statements`);
    for (const statement of all) {
      assert.ok(statement.text.trim().length > 0 && statement.source, statement.where);
      assert.match(statement.lang, /^(?:en|de|fr|es)$/, statement.where);
    }
    const known = new Set(sources().map((source) => source.id));
    assert.deepEqual(all.filter((statement) => !known.has(statement.source!)).map((s) => s.where), []);
    assert.ok(new Set(all.map((statement) => statement.source)).size >= 150);
  });

  it('splits by publisher: no publisher has statements in two of dev, test and holdout', () => {
    const byId = new Map(sources().map((source) => [source.id, source]));
    const splitOf = new Map<string, string>();
    for (const split of ['dev', 'test', 'holdout'] as const) {
      for (const statement of loadOthers(split)) {
        const source = byId.get(statement.source!)!;
        assert.equal(source.split, split, `${statement.where}: source ${source.id} belongs to ${source.split}`);
        const seen = splitOf.get(source.publisher);
        assert.ok(seen === undefined || seen === split, `publisher ${source.publisher} is in both splits`);
        splitOf.set(source.publisher, split);
      }
    }
  });
});
