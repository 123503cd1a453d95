import * as assert from 'node:assert/strict';
import type { LintConfig } from '../../../src/core/lint/config';
import { lintText } from '../../../src/core/lint/lint';

const TODAY = '2026-01-15';

/** A plan whose goal draws CP101, CP201 and CP501, and whose two active gaps draw CP305. */
function plan(...extra: string[]): string {
  return [
    '---',
    ...extra.filter((line) => line.startsWith('#')),
    'goal: Get better at my job',
    'values: [craft]',
    'steps:',
    '  - title: Senior engineer on the payments team',
    '    target: 2026-09-30',
    'gaps:',
    '  - title: System design',
    '    status: active',
    '    actions: [Run two design reviews]',
    '  - title: Public speaking',
    '    status: active',
    '    actions: [Give a talk at the team meeting]',
    ...extra.filter((line) => !line.startsWith('#')),
    '---',
    '',
  ].join('\n');
}

function findings(text: string, config?: LintConfig): string[] {
  return lintText(text, { today: TODAY, config })
    .findings.map((finding) => `${finding.ruleId}:${finding.severity}`)
    .sort();
}

describe('rules: configuration', () => {
  it('reports the goal and gap findings at their default severities', () => {
    assert.deepEqual(findings(plan()), ['CP101:warning', 'CP201:warning', 'CP305:warning', 'CP402:info', 'CP501:warning']);
  });

  it('a config sets severities by id or by name, and turns rules off', () => {
    const config: LintConfig = { rules: { CP101: 'off', 'goal-not-time-bound': 'error', 'goal-touches-no-value': false, cp201: 'info' } };
    assert.deepEqual(findings(plan(), config), ['CP201:info', 'CP305:warning', 'CP501:error']);
  });

  it('true restores a rule’s default severity', () => {
    assert.deepEqual(findings(plan('lint: { CP305: true }'), { rules: { CP305: 'off' } }), findings(plan()));
  });

  it('the frontmatter lint: block wins over the config', () => {
    const config: LintConfig = { rules: { CP501: 'off', CP305: 'error' } };
    assert.deepEqual(findings(plan('lint:', '  goal-not-time-bound: info', '  too-many-active-gaps: off', '  CP101: off', '  CP402: off'), config), ['CP201:warning', 'CP501:info']);
  });

  it('a lint: key that names no rule is a key-unknown finding at the key, with the rule it was probably meant as', () => {
    const text = plan('lint:', '  CP999: off', '  goal-vague-verbs: off', '  Step-Overdue: off', '  cp101: info');
    const unknown = lintText(text, { today: TODAY }).findings.filter((finding) => finding.ruleId === 'CP005');
    assert.deepEqual(
      unknown.map((finding) => [text.split('\n')[finding.range.start.line].slice(finding.range.start.character, finding.range.end.character), finding.message, finding.suggestions?.[0].title]),
      [
        ['CP999', '`CP999` in `lint` is not a rule id or name, so it sets nothing. Did you mean `CP009`?', 'Rename `CP999` to `CP009`'],
        ['goal-vague-verbs', '`goal-vague-verbs` in `lint` is not a rule id or name, so it sets nothing. Did you mean `goal-vague-verb`?', 'Rename `goal-vague-verbs` to `goal-vague-verb`'],
      ],
    );
    // Like any finding, it can be turned off, and a key the rules know is never reported.
    assert.ok(!findings(plan('lint:', '  CP005: off', '  nonsense: off')).some((finding) => finding.startsWith('CP005')));
    assert.ok(!findings(plan('lint:', '  CP101: off')).some((finding) => finding.startsWith('CP005')));
  });

  it('a rule set twice in lint: (by id and by name) is a finding at the second key, which applies', () => {
    const text = plan('lint:', '  CP201: off', '  goal-not-measurable: error');
    const twice = lintText(text, { today: TODAY }).findings.filter((finding) => finding.ruleId === 'CP002');
    assert.deepEqual(twice.map((finding) => finding.message), ['`goal-not-measurable` sets CP201 (goal-not-measurable) again, after `CP201`: keep one of them. This one applies.']);
    assert.ok(findings(text).includes('CP201:error'));
    assert.ok(!findings(plan('lint:', '  goal-not-measurable: error', '  CP201: off')).some((finding) => finding.startsWith('CP201')));
  });

  it('options tune the rules that count: the focus limit', () => {
    assert.ok(!findings(plan(), { options: { focusLimit: 2 } }).some((finding) => finding.startsWith('CP305')));
  });

  it('# career-plan-disable-next-line silences the named rules, by id or name, on the next line only', () => {
    const text = plan().replace('goal:', '# career-plan-disable-next-line CP101 goal-not-measurable\ngoal:');
    assert.deepEqual(findings(text), ['CP305:warning', 'CP402:info', 'CP501:warning']);
  });

  it('a directive is a comment: the same words inside a value (a | block, a quoted title) turn nothing off', () => {
    const withNotes = (line: string) => plan('notes: |', `  ${line}`, '  and more');
    assert.deepEqual(findings(withNotes('# career-plan-disable')), findings(withNotes('# nothing here')));
    assert.deepEqual(findings(plan('notes: "x # career-plan-disable"')), findings(plan('notes: "x # nothing here"')));
  });

  it('# career-plan-disable-line silences a rule on its own line', () => {
    const text = plan().replace('goal: Get better at my job', 'goal: Get better at my job # career-plan-disable-line CP501');
    assert.deepEqual(findings(text), ['CP101:warning', 'CP201:warning', 'CP305:warning', 'CP402:info']);
  });

  it('# career-plan-disable and -enable bracket a stretch; with no ids they mean every rule', () => {
    const bracketed = plan().replace('gaps:', '# career-plan-disable too-many-active-gaps\ngaps:').replace('---\n\n', '# career-plan-enable too-many-active-gaps\n---\n\n');
    assert.deepEqual(findings(bracketed), ['CP101:warning', 'CP201:warning', 'CP402:info', 'CP501:warning']);
    const everything = plan().replace('goal:', '# career-plan-disable\ngoal:');
    assert.deepEqual(findings(everything), []);
  });

  it('a body comment silences body lines, not the frontmatter', () => {
    const text = `${plan()}<!-- career-plan-disable CP101 -->\nNotes.\n`;
    assert.ok(findings(text).includes('CP101:warning'));
  });
});
