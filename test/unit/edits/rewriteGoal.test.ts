import * as assert from 'node:assert/strict';
import { rewriteGoal } from '../../../src/core/edits';
import { parsePlan } from '../../../src/core/parse/parsePlan';
import { edited, file } from './helpers';

describe('edits: rewriteGoal', () => {
  it('replaces the sentence only, keeping the comment and the lines around it', () => {
    const text = file(['---', 'goal: Grow as a leader # first draft', 'steps: []', '---', '', 'Notes']);
    const result = edited(text, (p) => rewriteGoal(p, 'Lead the payments team at Acme by 2028'));
    assert.equal(result, text.replace('Grow as a leader', 'Lead the payments team at Acme by 2028'));
  });

  it('adds the target after the goal in the same change, and quotes what YAML would misread', () => {
    const text = file(['---', 'goal: Grow', 'steps: []', '---']);
    const result = edited(text, (p) => rewriteGoal(p, 'Ship v2: the API', '2027-06-30'));
    assert.equal(parsePlan(result).plan.goal?.value, 'Ship v2: the API');
    assert.equal(parsePlan(result).plan.target?.value, '2027-06-30');
    assert.ok(result.endsWith('steps: []\n---\n'));
  });

  it('rewrites a folded goal and leaves a written target alone', () => {
    const text = file(['---', 'goal: >-', '  Get better', '  at my job', 'target: 2030-01-01', 'steps: []', '---']);
    const result = edited(text, (p) => rewriteGoal(p, 'Pass the CFA Level II exam', '2027-06-30'));
    assert.equal(parsePlan(result).plan.goal?.value, 'Pass the CFA Level II exam');
    assert.equal(parsePlan(result).plan.target?.value, '2030-01-01');
    assert.ok(result.includes('target: 2030-01-01\nsteps: []'));
  });

  it('writes nothing for an empty sentence, a plan without a goal, or the same sentence with no date', () => {
    assert.deepEqual(rewriteGoal(parsePlan(file(['---', 'goal: Grow', '---'])), '  '), []);
    assert.deepEqual(rewriteGoal(parsePlan(file(['---', 'steps: []', '---'])), 'Grow'), []);
    assert.deepEqual(rewriteGoal(parsePlan(file(['---', 'goal: Grow', '---'])), 'Grow'), []);
  });
});
