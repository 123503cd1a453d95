import * as assert from 'node:assert/strict';
import { entryStatus } from '../../../src/core/timeline/describe';
import { buildTimeline } from '../../../src/core/timeline/model';
import { fixturePlan, planOf, TODAY } from './fixtures';

describe('buildTimeline', () => {
  const timeline = buildTimeline(fixturePlan('hostile.plan.md'), TODAY);
  const bySubject = (subject: string) => [...timeline.dated, ...timeline.undated].find((entry) => entry.subject === subject)!;

  it('orders dated entries by date, the goal after a step of the same day', () => {
    const dates = timeline.dated.map((entry) => entry.date!);
    assert.deepEqual(dates, [...dates].sort());
    assert.deepEqual(timeline.dated.slice(-2).map((entry) => entry.subject), ['steps[4]', 'goal']);
  });

  it('tells done, overdue, upcoming, past and undated apart on the given day', () => {
    assert.equal(bySubject('steps[0]').state, 'done');
    assert.equal(bySubject('steps[0]').doneOn, '2025-05-20');
    assert.equal(bySubject('steps[1]').state, 'overdue');
    assert.equal(bySubject('steps[1]').daysLeft, -55);
    assert.equal(bySubject('steps[2]').state, 'upcoming');
    assert.equal(bySubject('steps[3]').state, 'undated');
    assert.equal(bySubject('moments[0]').state, 'past');
    assert.equal(bySubject('moments[1]').state, 'upcoming');
    assert.equal(bySubject('review').state, 'overdue');
    assert.equal(bySubject('review').date, '2026-09-01');
    assert.deepEqual(timeline.undated.map((entry) => entry.subject), ['steps[3]', 'moments[2]']);
  });

  it('lists ranked gaps beside the step they block, and gaps tied to no step beside the goal', () => {
    assert.deepEqual(bySubject('steps[1]').gaps.map((gap) => [gap.rank, gap.title, gap.status]), [
      [1, 'Public speaking', 'active'],
      [3, 'System design at scale', 'closed'],
    ]);
    assert.deepEqual(bySubject('steps[2]').gaps.map((gap) => gap.rank), [2]);
    assert.deepEqual(bySubject('goal').gaps.map((gap) => gap.title), ['Coaching <i>skills</i>']);
  });

  it('marks the goal done once every step is', () => {
    const plan = planOf('goal: Staff engineer\ntarget: 2026-01-01\nsteps:\n  - title: A\n    target: 2025-01-01\n    done: true');
    assert.equal(buildTimeline(plan, TODAY).dated.find((entry) => entry.kind === 'goal')?.state, 'done');
  });

  it('shows a step reached with no target at its done day, with no target of its own; and "1 day ago"', () => {
    const built = buildTimeline(planOf('goal: g\nsteps:\n  - title: A\n    done: 2020-09-01\nmoments:\n  - title: Talk\n    date: 2020-09-02'), '2020-09-03');
    assert.deepEqual(built.dated.map(entryStatus), ['✓ reached on 2020-09-01', '2020-09-02, 1 day ago']);
  });

  it('copes with a plan that has nothing dated', () => {
    const empty = buildTimeline(planOf('goal: Something'), TODAY);
    assert.deepEqual(empty.dated, []);
    assert.deepEqual(empty.undated.map((entry) => entry.kind), ['goal']);
  });
});
