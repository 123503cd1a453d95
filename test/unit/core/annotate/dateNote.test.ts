import * as assert from 'node:assert/strict';
import { dateNoteAt, longDate } from '../../../../src/core/annotate/dateNote';
import { parsePlan } from '../../../../src/core/parse/parsePlan';

const TODAY = '2026-11-22';
const PLAN = [
  '---',
  'goal: Lead a platform team',
  'target: 2030-06-30',
  'review: { every: 3 months, last: 2026-10-01 }',
  'steps:',
  '  - title: Team lead',
  '    target: 2027-03-31',
  '  - title: Senior engineer',
  '    target: 2026-11-10',
  '    done: 2026-11-02',
  '  - title: Staff engineer',
  '    target: 2026-11-10',
  'gaps:',
  '  - title: Hiring',
  '    actions:',
  '      - title: Write an interview guide',
  '        due: 2026-11-20',
  'moments:',
  '  - title: Annual review',
  '    date: 2026-12-15',
  '---',
  '',
  'Met Sam on 2026-11-21 and on 2026-02-30.',
  '',
].join('\n');
const parsed = parsePlan(PLAN);
const note = (line: number, character: number) => dateNoteAt(parsed, { line, character }, TODAY);

describe('dateNoteAt', () => {
  it('counts down to an open step target and names the step', () => {
    const result = note(6, 14);
    assert.equal(result?.headline, 'Wednesday 31 March 2027 · in 129 days');
    assert.deepEqual(result?.details, ['Target of step 1 (Team lead).']);
    assert.deepEqual(result?.range, { start: { line: 6, character: 12 }, end: { line: 6, character: 22 } });
  });

  it('says "overdue" for a target that passed, but not for a step already done', () => {
    assert.match(note(11, 12)!.headline, /overdue by 12 days$/);
    const done = note(8, 12)!;
    assert.match(done.headline, /12 days ago$/);
    assert.deepEqual(done.details, ['Target of step 2 (Senior engineer).', 'Reached on 2026-11-02.']);
    assert.match(note(9, 10)!.headline, /20 days ago$/);
  });

  it('explains the goal target, a due date, a moment and the last review', () => {
    assert.deepEqual(note(2, 10)?.details, ['Target of the goal.']);
    assert.match(note(16, 15)!.headline, /overdue by 2 days$/);
    assert.deepEqual(note(19, 12)?.details, ['Key moment (review): Annual review.']);
    assert.deepEqual(note(3, 40)?.details, ['Your last review of the plan.', 'The next one is due on 2027-01-01, in 40 days.']);
  });

  it('describes any other date in the plan, in the body too', () => {
    const result = note(22, 13);
    assert.equal(result?.headline, 'Saturday 21 November 2026 · yesterday');
    assert.deepEqual(result?.details, []);
  });

  it('finds the date at either edge of its text and nothing beside it', () => {
    assert.ok(note(6, 12));
    assert.ok(note(6, 22));
    assert.equal(note(6, 11), undefined);
    assert.equal(note(5, 5), undefined);
  });

  it('ignores an impossible date', () => {
    assert.equal(note(22, 30), undefined);
  });
});

describe('longDate', () => {
  it('names the weekday and month without a locale', () => {
    assert.equal(longDate('1970-01-01'), 'Thursday 1 January 1970');
    assert.equal(longDate('2028-02-29'), 'Tuesday 29 February 2028');
    assert.equal(longDate('1969-12-31'), 'Wednesday 31 December 1969');
  });
});
