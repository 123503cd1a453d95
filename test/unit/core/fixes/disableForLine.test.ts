import * as assert from 'node:assert/strict';
import type { TextEdit } from '../../../../src/core/document/findings';
import { disableForLine } from '../../../../src/core/fixes/disableForLine';
import { lintText } from '../../../../src/core/lint/lint';
import { parsePlan } from '../../../../src/core/parse/parsePlan';

const apply = (text: string, edit: TextEdit) => text.slice(0, edit.span.start) + edit.newText + text.slice(edit.span.end);

const PLAN = [
  '---',
  'goal: Lead a platform team',
  'steps:',
  '  - title: Senior engineer',
  '    targt: 2027-01-01',
  'notes: |',
  '  first line',
  '  second line',
  '---',
  '',
  '# Notes',
  '',
  '- [ ] Ask for feedback',
  '  with a second line',
  '',
  '```',
  'code',
  '```',
  '',
].join('\n');

describe('disableForLine', () => {
  it('puts a YAML comment above a frontmatter line, indented like it', () => {
    const edit = disableForLine(parsePlan(PLAN), 4, 'CP005');
    assert.ok(edit);
    const after = apply(PLAN, edit);
    assert.equal(after.split('\n')[4], '    # career-plan-disable-next-line CP005');
    assert.equal(after.split('\n')[5], '    targt: 2027-01-01');
  });

  it('silences the finding it was made for', () => {
    const text = '---\ngoal: Lead a team\nsteps:\n  - title: Lead\n    targt: 2027-01-01\n---\n';
    const before = lintText(text, { today: '2026-01-01' }).findings.filter((finding) => finding.ruleId === 'CP005');
    assert.equal(before.length, 1);
    const edit = disableForLine(parsePlan(text), before[0].range.start.line, 'CP005');
    assert.ok(edit);
    const after = lintText(apply(text, edit), { today: '2026-01-01' }).findings.filter((finding) => finding.ruleId === 'CP005');
    assert.deepEqual(after, []);
  });

  it('puts an HTML comment above a body line', () => {
    const edit = disableForLine(parsePlan(PLAN), 12, 'CP501');
    assert.ok(edit);
    assert.equal(apply(PLAN, edit).split('\n')[12], '<!-- career-plan-disable-next-line CP501 -->');
  });

  it('keeps the indentation of a continuation line inside a list item', () => {
    const edit = disableForLine(parsePlan(PLAN), 13, 'CP501');
    assert.ok(edit);
    assert.equal(apply(PLAN, edit).split('\n')[13], '  <!-- career-plan-disable-next-line CP501 -->');
  });

  it('adds the rule to a disable-next-line comment already above the line', () => {
    const text = PLAN.replace('    targt:', '    # career-plan-disable-next-line CP101\n    targt:');
    const edit = disableForLine(parsePlan(text), 5, 'CP005');
    assert.ok(edit);
    assert.equal(apply(text, edit).split('\n')[4], '    # career-plan-disable-next-line CP101 CP005');
  });

  it('adds the rule inside an existing HTML comment, before its closing', () => {
    const text = PLAN.replace('- [ ] Ask', '<!-- career-plan-disable-next-line CP101 -->\n- [ ] Ask');
    const edit = disableForLine(parsePlan(text), 13, 'CP501');
    assert.ok(edit);
    assert.equal(apply(text, edit).split('\n')[12], '<!-- career-plan-disable-next-line CP101 CP501 -->');
  });

  it('offers nothing when the comment above already names the rule or every rule', () => {
    const named = PLAN.replace('    targt:', '    # career-plan-disable-next-line CP005\n    targt:');
    assert.equal(disableForLine(parsePlan(named), 5, 'CP005'), undefined);
    const all = PLAN.replace('    targt:', '    # career-plan-disable-next-line\n    targt:');
    assert.equal(disableForLine(parsePlan(all), 5, 'CP005'), undefined);
  });

  it('offers nothing inside a YAML block scalar, where the comment would become text', () => {
    assert.equal(disableForLine(parsePlan(PLAN), 7, 'CP005'), undefined);
  });

  it('offers nothing inside a fenced code block', () => {
    assert.equal(disableForLine(parsePlan(PLAN), 16, 'CP501'), undefined);
  });

  it('offers nothing on the opening fence or at the top of a file without frontmatter', () => {
    assert.equal(disableForLine(parsePlan(PLAN), 0, 'CP002'), undefined);
    assert.equal(disableForLine(parsePlan('# Just notes\n'), 0, 'CP001'), undefined);
  });

  it('can disable a finding reported on the closing fence', () => {
    const edit = disableForLine(parsePlan(PLAN), 8, 'CP006');
    assert.ok(edit);
    assert.equal(apply(PLAN, edit).split('\n')[8], '# career-plan-disable-next-line CP006');
  });

  it('writes the line break the file uses', () => {
    const crlf = PLAN.replace(/\n/g, '\r\n');
    const edit = disableForLine(parsePlan(crlf), 4, 'CP005');
    assert.equal(edit?.newText, '    # career-plan-disable-next-line CP005\r\n');
  });

  it('offers nothing for a line outside the text', () => {
    assert.equal(disableForLine(parsePlan(PLAN), 99, 'CP005'), undefined);
  });
});
