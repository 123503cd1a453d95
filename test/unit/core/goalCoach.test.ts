import * as assert from 'node:assert/strict';
import { coachGoal, draftGoal, finishLine } from '../../../src/core/coach/goalCoach';
import { parsePlan } from '../../../src/core/parse/parsePlan';

const plan = (lines: readonly string[]) => parsePlan(`${lines.join('\n')}\n`).plan;

describe('coach: making a goal SMART', () => {
  const firstDraft = plan(['---', 'goal: Grow as a leader and work on my skills', 'steps:', '  - title: Lead more projects', '    target: 2027-03-31', '  - title: Become a manager', '    target: 2027-12-31', 'gaps:', '  - Public speaking', '  - title: Giving feedback', '    status: closed', '---']);

  it('asks only for what is missing, with choices from the plan', () => {
    const coaching = coachGoal(firstDraft, '2026-12-07')!;
    assert.equal(coaching.needsWhat, true);
    assert.equal(coaching.needsMeasure, true);
    assert.equal(coaching.needsDate, true);
    assert.deepEqual(coaching.whatChoices, ['Public speaking']);
    assert.deepEqual(coaching.measureChoices, ['lead more projects', 'become a manager']);
    assert.deepEqual(coaching.dateChoices.map((choice) => choice.date), ['2027-12-31', '2027-06-07', '2027-12-07', '2028-12-07']);
  });

  it('does not ask for a date when the goal has a target or says when', () => {
    assert.equal(coachGoal(plan(['---', 'goal: Grow as a leader', 'target: 2028-01-01', '---']), '2026-12-07')?.needsDate, false);
    assert.equal(coachGoal(plan(['---', 'goal: Grow as a leader by June 2028', '---']), '2026-12-07')?.needsDate, false);
  });

  it('has nothing to coach on a SMART goal or a plan without a goal', () => {
    assert.equal(coachGoal(plan(['---', 'goal: Pass the CFA Level II exam in June 2027', '---']), '2026-12-07'), undefined);
    assert.equal(coachGoal(plan(['---', 'steps: []', '---']), '2026-12-07'), undefined);
  });

  it('drafts the sentence from the answers, on one line', () => {
    assert.equal(draftGoal('Grow as a leader and work on my skills.', { what: 'Public speaking', measure: 'become a manager' }), 'Grow as a leader and work on my skills, focusing on public speaking, until I become a manager');
    assert.equal(draftGoal('Learn more', { what: 'Kubernetes\noperators' }), 'Learn more, focusing on Kubernetes operators');
    assert.equal(draftGoal('Learn more', {}), 'Learn more');
    assert.equal(finishLine('Senior engineer at Acme'), 'reach Senior engineer at Acme');
  });
});
