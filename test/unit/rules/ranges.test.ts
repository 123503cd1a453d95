import * as assert from 'node:assert/strict';
import { lintText } from '../../../src/core/lint/lint';

/** The text each finding of a rule covers, for a plan with the given goal line (as written in YAML). */
function covered(goalLine: string, ruleId: string, extra: readonly string[] = ['target: 2030-01-01']): string[] {
  const text = ['---', goalLine, ...extra, 'values: [craft]', 'steps:', '  - title: Staff engineer', '    target: 2029-01-01', '---', ''].join('\n');
  const { parsed, findings } = lintText(text, { today: '2026-01-15' });
  return findings.filter((finding) => finding.ruleId === ruleId).map((finding) => text.slice(parsed.lines.offsetAt(finding.range.start), parsed.lines.offsetAt(finding.range.end)));
}

describe('rules: ranges cover the words that matter', () => {
  it('CP101 underlines the vague phrase, not the time frame after it', () => {
    assert.deepEqual(covered('goal: Be more confident at work by the summer', 'CP101'), ['Be more confident at work']);
    assert.deepEqual(covered('goal: I want to get better at my job', 'CP101'), ['get better at my job']);
  });

  it('CP102 underlines the role or the move', () => {
    assert.deepEqual(covered('goal: Become a vice president by 2030', 'CP102'), ['Become a vice president']);
    assert.deepEqual(covered('goal: Eventually, get promoted', 'CP102'), ['get promoted']);
  });

  it('CP201 underlines what keeps the goal open', () => {
    assert.deepEqual(covered('goal: Make our public API more reliable', 'CP201'), ['more']);
    assert.deepEqual(covered('goal: Learn Rust', 'CP201'), ['Learn']);
  });

  it('CP501 underlines the goal, CP306 the goals beyond the first', () => {
    assert.deepEqual(covered('goal: Learn Rust', 'CP501', []), ['Learn Rust']);
    assert.deepEqual(covered('goal: Pass the AWS exam, ship the billing API and run a marathon', 'CP306'), ['ship the billing API and run a marathon']);
  });

  it('finds the words inside a quoted goal', () => {
    assert.deepEqual(covered('goal: "Make our \\"public\\" API more reliable"', 'CP201'), ['more']);
    assert.deepEqual(covered("goal: 'I''d like to get better at my team''s job'", 'CP101'), ["get better at my team''s job"]);
  });

  it('finds the words inside a goal folded over several lines', () => {
    assert.deepEqual(covered('goal: >-\n  Make our public API\n  more reliable', 'CP201'), ['more']);
    assert.deepEqual(covered('goal: |\n  Get better\n  at my job', 'CP101'), ['Get better\n  at my job']);
  });

  it('falls back to the whole goal when escapes make the words impossible to place', () => {
    assert.deepEqual(covered('goal: "Get better at my job \\u2014 soon"', 'CP101'), ['"Get better at my job \\u2014 soon"']);
  });
});
