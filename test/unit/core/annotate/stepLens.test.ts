import * as assert from 'node:assert/strict';
import { needsPreparation, stepCountdown } from '../../../../src/core/annotate/stepLens';
import { parsePlan } from '../../../../src/core/parse/parsePlan';

const plan = parsePlan(
  [
    '---',
    'goal: Lead',
    'steps:',
    '  - { title: A, target: 2027-03-31 }',
    '  - { title: B, target: 2026-11-10 }',
    '  - { title: C, target: 2026-11-10, done: 2026-11-02 }',
    '  - { title: D, done: true }',
    '  - E',
    'moments:',
    '  - { title: Today, date: 2026-11-22 }',
    '  - { title: In two weeks, date: 2026-12-06 }',
    '  - { title: Later, date: 2026-12-07 }',
    '  - { title: Past, date: 2026-11-21 }',
    '  - { title: Undated }',
    '---',
  ].join('\n'),
).plan;

describe('stepCountdown', () => {
  it('counts down, says overdue, or says when the step was done', () => {
    assert.deepEqual(
      plan.steps.map((step) => stepCountdown(step, '2026-11-22')),
      ['in 129 days', 'overdue by 12 days', 'done 2026-11-02', 'done', 'no target date'],
    );
  });
});

describe('needsPreparation', () => {
  it('holds from today to the preparation horizon', () => {
    assert.deepEqual(
      plan.moments.map((moment) => needsPreparation(moment, '2026-11-22', 14)),
      [true, true, false, false, false],
    );
  });
});
