import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { convertPlan } from '../../../../src/core/convert/convertPlan';
import { parsePlan } from '../../../../src/core/parse/parsePlan';
import { BRECHNER_FRONTMATTER } from '../../../fixtures/convert/brechnerFrontmatter';

const TODAY = '2026-12-07';
const FIXTURE = path.resolve(__dirname, '../../../fixtures/convert/brechner.md');

function converted(text: string) {
  const result = convertPlan(text, TODAY);
  assert.ok(result.ok, result.ok ? '' : result.message);
  return result;
}

const brechner = (...lines: string[]) => ['Career goal: Become a principal engineer.', '', ...lines, '', 'Gaps to reach next step (in order of significance):', '- Design reviews', '- Writing for executives', ''].join('\n');

describe('convert: a body-only plan given its frontmatter', () => {
  it('writes the goal, the steps with their targets and the gaps in rank order above the plan, which stays as it was', () => {
    const text = readFileSync(FIXTURE, 'utf8');
    const result = converted(text);
    assert.equal(result.edit.span.start, 0);
    assert.equal(result.edit.span.end, 0);
    assert.equal(result.text, result.edit.newText + text);
    assert.equal(result.edit.newText, BRECHNER_FRONTMATTER);
    const again = parsePlan(result.text);
    assert.deepEqual(again.problems, []);
    assert.equal(again.plan.readFrom, 'frontmatter');
    assert.deepEqual(again.plan.gaps.map((gap) => gap.title.value), ['Leading design reviews across teams', 'Writing for executives: one page, no jargon', 'Estimating large projects']);
  });

  it('counts a date written from today, and says from which day', () => {
    const result = converted(brechner('Senior engineer in two years', 'Staff engineer — 2030-06-30'));
    assert.match(result.text, /^ {4}target: 2028-12-07 {2}# in two years \(counted from 2026-12-07\)$/m);
    assert.equal(parsePlan(result.text).plan.steps[0].target?.value, '2028-12-07');
  });

  it('lists what it could not read and leaves it in the body', () => {
    const text = ['Career goal: Become a principal engineer.', '', 'Senior engineer before I turn 35', 'Staff engineer — 2030-06-30', '', 'Gaps to reach next step (in order of significance):', '- Design reviews', '- [Gap 2]', ''].join('\n');
    const result = converted(text);
    assert.ok(result.text.endsWith(text));
    assert.deepEqual(
      result.unread.map((part) => [part.line, part.text]),
      [
        [2, 'before I turn 35'],
        [7, '[Gap 2]'],
      ],
    );
    assert.doesNotMatch(result.edit.newText, /Gap 2/);
  });

  it('writes titles YAML would misread as exactly their text', () => {
    const titles = ['No', 'Lead: platform # team', '[draft] staff', '@home', "It's 50% done", '2027', 'true', '- dash', '"quoted"'];
    const text = ['Career goal: Become a principal engineer.', '', 'Senior engineer — 2027-09-30', '', 'Gaps to reach next step (in order of significance):', ...titles.map((title) => `- ${title}`), ''].join('\n');
    const read = parsePlan(text).plan.gaps.map((gap) => gap.title.value);
    const again = parsePlan(converted(text).text);
    assert.deepEqual(again.problems, []);
    assert.deepEqual(
      again.plan.gaps.map((gap) => gap.title.value),
      read,
    );
  });

  it('keeps a CRLF file CRLF and a byte-order mark first', () => {
    const text = '\ufeff' + readFileSync(FIXTURE, 'utf8').replace(/\n/g, '\r\n');
    const result = converted(text);
    assert.equal(result.edit.span.start, 1);
    assert.ok(result.text.startsWith('\ufeff---\r\n'));
    assert.doesNotMatch(result.edit.newText, /[^\r]\n/);
    assert.equal(result.text.slice(1 + result.edit.newText.length), text.slice(1));
    assert.deepEqual(parsePlan(result.text).problems, []);
  });

  it('does nothing to a plan that has frontmatter, or to notes that are no plan', () => {
    const already = convertPlan('---\ngoal: Lead a team\nsteps: [Lead]\n---\n', TODAY);
    assert.equal(already.ok ? 'ok' : already.reason, 'has-frontmatter');
    const notes = convertPlan('# Groceries\n\n- milk\n- bread\n', TODAY);
    assert.equal(notes.ok ? 'ok' : notes.reason, 'not-a-plan');
  });
});
