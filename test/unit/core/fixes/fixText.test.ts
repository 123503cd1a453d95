// What `career-plan lint --fix` applies: every finding's own fix but those that write a placeholder
// for the person to finish, pass after pass until none is left.
import * as assert from 'node:assert/strict';
import { fixText, unattendedFixes } from '../../../../src/core/lint/fixText';
import { lintText } from '../../../../src/core/lint/lint';

const TODAY = '2026-12-07';
const PLAN = [
  '---',
  'goal: Become engineering manager of the payments team at Acme by June 2030',
  'steps:',
  '  - title: Staff engineer',
  '    target: 2029-06-30',
  '  - title: Team lead of payments',
  '    target: 2027-06-30',
  '  - title: Principal engineer',
  'gaps:',
  '  - title: Public speaking',
  '---',
  '',
].join('\n');

describe('fixes: --fix', () => {
  it('leaves the fixes that write a placeholder (a date to adjust, example values, an action to fill in)', () => {
    const { findings } = lintText(PLAN, { today: TODAY });
    const placeholders = findings.filter((finding) => finding.fix?.placeholder).map((finding) => finding.ruleId);
    assert.deepEqual(placeholders.sort(), ['CP401', 'CP601', 'CP604']);
    assert.deepEqual(unattendedFixes(findings), findings.filter((finding) => finding.ruleId === 'CP303').map((finding) => finding.fix));
  });

  it('applies the others and stops when nothing is left to apply', () => {
    const fixed = fixText(PLAN, { today: TODAY });
    assert.equal(fixed.passes, 1);
    assert.ok(fixed.text.indexOf('Team lead of payments') < fixed.text.indexOf('Staff engineer'));
    assert.ok(!fixed.findings.some((finding) => finding.ruleId === 'CP303'));
    assert.deepEqual(fixText(fixed.text, { today: TODAY }), { text: fixed.text, findings: fixed.findings, passes: 0 });
  });
});
