import * as assert from 'node:assert/strict';
import { applyEdits } from '../../../src/core/edits';
import { lintText } from '../../../src/core/lint/lint';
import { parsePlan } from '../../../src/core/parse/parsePlan';

describe('placeholder dates stay dates a plan can hold', () => {
  it('CP601’s target after a step dated in 9999 is clamped to 9999-12-31', () => {
    const text = ['---', 'goal: Become a principal engineer by 9999', 'steps:', '  - title: Staff engineer', '    target: 9999-09-30', '  - Principal engineer', '---', ''].join('\n');
    const fix = lintText(text, { today: '2026-06-15' }).findings.find((finding) => finding.ruleId === 'CP601')?.fix;
    assert.ok(fix, 'CP601 offers a target for the undated step');
    assert.match(fix.title, /\(9999-12-31, to adjust\)/, 'six months after 9999-09-30 lies past 9999: the placeholder must be the last day YYYY-MM-DD can write, not 10000-03-30');
    const after = parsePlan(applyEdits(text, fix.edits));
    assert.deepEqual(after.problems.map((problem) => problem.message), []);
    assert.equal(after.plan.steps[1]?.target?.value, '9999-12-31');
  });
});
