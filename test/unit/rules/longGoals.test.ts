import * as assert from 'node:assert/strict';
import { lintText } from '../../../src/core/lint/lint';
import { analyzeGoal, MAX_GOAL_LENGTH } from '../../../src/core/smart/analyzeGoal';

describe('smart: a pasted essay as the goal does not stall the linter', () => {
  for (const [name, piece] of [
    ['vague words', 'get better at my job '],
    ['prepositions', 'by '],
    ['numbers', '1 '],
    ['money rates', '$1 a '],
    ['possessives', "team's "],
    ['capitalised months', 'June. March '],
  ] as const) {
    it(`${name}, 60,000 characters, in well under a second`, () => {
      const goal = piece.repeat(Math.ceil(60_000 / piece.length));
      const started = Date.now();
      lintText(`---\ngoal: ${JSON.stringify(goal)}\nsteps: [a]\n---\n`, { today: '2026-01-15', maxBodyLength: 10 });
      analyzeGoal(`${goal}!`);
      assert.ok(Date.now() - started < 1000, `${Date.now() - started} ms`);
    });
  }

  it('reads only the first MAX_GOAL_LENGTH characters, cut between words', () => {
    const goal = `Improve ${'and improve '.repeat(Math.ceil(MAX_GOAL_LENGTH / 8))}Rust by 2027`;
    const analysis = analyzeGoal(goal);
    assert.equal(analysis.deadlines.length, 0);
    assert.equal(analysis.specific.ok, false);
  });
});
