import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { evaluate, falsePositiveRateOf, LETTERS, loadCorpus, meetsTarget, recallOf, TARGETS } from '../../../scripts/eval-smart';

const percent = (n: number) => `${(100 * n).toFixed(1)}%`;

function assertTargets(dir?: string): void {
  const statements = loadCorpus(dir);
  assert.ok(statements.length > 0, 'no statements read');
  const scores = evaluate(statements);
  for (const letter of LETTERS) {
    const score = scores[letter];
    const detail = [...score.misses.map((s) => `missed: ${s.text}`), ...score.falsePositives.map((s) => `false positive: ${s.text}`)].join('\n');
    assert.ok(
      meetsTarget(letter, score),
      `${letter}: recall ${percent(recallOf(score))} (target ${percent(TARGETS[letter].recall)}), false positives ${percent(falsePositiveRateOf(score))} (target ≤ ${percent(TARGETS[letter].falsePositives)})\n${detail}`,
    );
  }
}

describe('SMART evaluation (npm run eval:smart)', function () {
  // Lints a few hundred plans: fast alone, slower on a busy machine.
  this.timeout(30_000);

  it('meets the recall and false-positive targets on the labelled corpus', () => {
    assertTargets();
  });

  it('meets them on statements written after the rules, too', () => {
    assertTargets(path.resolve(__dirname, '../../fixtures/rules/statements'));
  });

  it('reads every corpus line: 382 statements, each labelled', () => {
    const statements = loadCorpus();
    assert.ok(statements.length >= 382, `${statements.length} statements`);
    assert.ok(statements.every((statement) => statement.text.trim().length > 0));
  });
});
