import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { agreementOf, lineOf, loadSecondReading } from '../../../scripts/eval-agreement';
import { goalLanguage } from '../../../src/core/smart/language';
import { evaluate, falsePositiveRateOf, judgeWithSentences, LETTERS, loadOthers, loadOurs, meetsRegressionFloor, OTHERS, recallOf, wilsonInterval, type Letter } from '../../../scripts/eval-smart';

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

  // As the CLI and the editor judge an open plan: with the learned reader's sentence stage (encoding the set takes seconds the first time, then comes from node_modules/.cache).
  before(() => judgeWithSentences(loadOurs().map((statement) => statement.text)));

  it('gives each rate its 95 % Wilson interval, so a small split shows how far chance could move it', () => {
    const [low, high] = wilsonInterval(52, 65);
    assert.equal(low.toFixed(4), '0.6873');
    assert.equal(high.toFixed(4), '0.8792');
    assert.deepEqual(wilsonInterval(0, 0), [0, 1]);
    assert.equal(wilsonInterval(0, 40)[0], 0);
    assert.equal(wilsonInterval(40, 40)[1], 1);
  });

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

  it('tells no English statement of any split, nor of the project’s own, as another language (a count: no statement is shown)', () => {
    const english = [...loadOthers('dev'), ...loadOthers('test'), ...loadOthers('holdout')].filter((statement) => statement.lang === 'en');
    assert.equal(english.filter((statement) => goalLanguage(statement.text) !== 'en').length, 0);
    assert.equal(loadOurs().filter((statement) => goalLanguage(statement.text) !== 'en').length, 0);
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

  it('keeps the second reading well-formed: each line points at a statement of its split', () => {
    const readings = loadSecondReading();
    assert.deepEqual([...readings.keys()].sort(), ['dev', 'holdout', 'test']);
    for (const [split, bySplit] of readings) {
      const lines = new Set(loadOthers(split).map(lineOf));
      for (const [line, reading] of bySplit) {
        assert.ok(lines.has(line), `${split} line ${line}`);
        for (const letter of [...reading.lacks, ...reading.ambiguous]) assert.match(letter, /^[SMT]$/);
      }
    }
  });
});

describe('agreement of two readers (npm run eval:agreement)', () => {
  const letters = (field: string) => new Set([...field] as Letter[]);
  const statement = (lacks: string, ambiguous = '') => ({ where: 'x.tsv:1', text: 'Learn Rust', lacks: letters(lacks), ambiguous: letters(ambiguous), lang: 'en' });
  const reading = (lacks: string, ambiguous = '') => ({ lacks: new Set(lacks), ambiguous: new Set(ambiguous) });

  it('counts agreement and kappa on the statements neither reader is unsure of', () => {
    const twice = [
      { first: statement('S'), second: reading('S'), rules: letters('') },
      { first: statement(''), second: reading(''), rules: letters('') },
      { first: statement(''), second: reading('S'), rules: letters('') },
      { first: statement('S'), second: reading('', 'S'), rules: letters('') },
    ];
    const agreement = agreementOf(twice, 'S');
    assert.equal(agreement.bothSure, 3);
    assert.equal(agreement.agreed, 2);
    assert.deepEqual(agreement.secondReader, [1, 1, 1, 2]);
    // Observed 2/3; by chance (1·2 + 2·1)/9 = 4/9; kappa = (2/3 − 4/9)/(1 − 4/9) = 0.4.
    assert.ok(Math.abs(agreement.kappa - 0.4) < 1e-9);
    assert.deepEqual(agreement.rulesOnAgreed, [0, 1, 0, 1]);
  });
});
