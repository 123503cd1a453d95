import * as assert from 'node:assert/strict';
import { lintText } from '../../../src/core/lint/lint';

/** The findings of a text as `line:ruleId message`, 1-based. */
function findingsOf(text: string): string[] {
  return lintText(text, { today: '2026-12-07' }).findings.map((finding) => `${finding.range.start.line + 1}:${finding.ruleId} ${finding.message}`);
}

const STEPS = 'steps:\n  - title: Level I\n    target: 2027-01-01\n';

/** Inputs other people's test suites found misreported (issue 18): one finding each, naming the cause. */
describe('errors a person can act on', () => {
  it('a frontmatter that runs on into the notes is one finding at the notes, not the YAML reader’s many', () => {
    const text = `---\ngoal: Pass the CFA exam by June 2027\n${STEPS}\n# Notes\n\nSome text: here\n- a list: item\nmore: [\n---\nlater\n`;
    assert.deepEqual(findingsOf(text), ['7:CP002 The frontmatter runs on into the notes: no `---` line closes it before “# Notes”. Add a `---` line after the last key.']);
    const unclosed = `---\ngoal: Pass the CFA exam by June 2027\n${STEPS}\n# Notes\n\nSome text\n`;
    assert.deepEqual(findingsOf(unclosed), ['7:CP002 The frontmatter runs on into the notes: no `---` line closes it before “# Notes”. Add a `---` line after the last key.']);
  });

  it('a Pandoc `...` close is named as such', () => {
    assert.deepEqual(findingsOf(`---\ngoal: Pass the CFA exam by June 2027\n${STEPS}...\n\n# Notes\n`), ['6:CP002 This `...` ends YAML for Pandoc, but a plan’s frontmatter closes with `---`: write `---` here.']);
  });

  it('lines ending in a lone carriage return get one short finding', () => {
    const findings = findingsOf(`---\rgoal: Pass the CFA exam by June 2027\r${STEPS.replace(/\n/g, '\r')}---\r`);
    assert.equal(findings.length, 1);
    assert.match(findings[0], /^1:CP002 This file ends its lines with a lone carriage return/);
  });

  it('`goal:Become…` says a space is missing', () => {
    assert.deepEqual(findingsOf(`---\ngoal:Become a CFA charterholder by 2028\n${STEPS}---\n`), ['2:CP002 A space is missing after `goal:`: write `goal: ` and then the value.']);
  });

  it('`done: yes` names every form done takes', () => {
    const findings = findingsOf(`---\ngoal: Pass the CFA exam by June 2027\nvalues: [craft]\n${STEPS}    done: yes\n---\n`);
    assert.ok(findings.includes('7:CP004 `yes` should be `true` or the day it was reached, written as YYYY-MM-DD like 2027-03-31 (`false` or no `done:` while it is not).'), findings.join('\n'));
  });
});

describe('a block scalar at the end of the frontmatter (issue 18)', () => {
  it('kept with |+ keeps its final newlines, as YAML reads the file', async () => {
    const { parsePlan } = await import('../../../src/core/parse/parsePlan');
    assert.equal(parsePlan('---\ngoal: |+\n  Lead a team\n\n---\n').plan.goal?.value, 'Lead a team\n\n');
    assert.equal(parsePlan('---\ngoal: |\n  Lead a team\n---\n').plan.goal?.value, 'Lead a team\n');
  });
});
