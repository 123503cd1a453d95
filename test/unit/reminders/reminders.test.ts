import * as assert from 'node:assert/strict';
import { dueReminders, reminderMessage, snoozed } from '../../../src/core/schedule/reminders';
import { fixturePlan, planOf } from '../timeline/fixtures';

const plan = planOf(`goal: Staff engineer
target: 2028-01-31
review: { every: 1 month, last: 2026-10-20 }
steps:
  - title: Lead the migration
    target: 2026-12-01
  - title: Already there
    target: 2026-11-30
    done: true
  - title: Far away
    target: 2027-06-01
moments:
  - title: Calibration
    date: 2026-11-28
  - title: Last week
    date: 2026-11-20`);
const plans = [{ key: 'a', name: 'a.plan.md', plan }];

describe('dueReminders', () => {
  it('reminds of open targets and moments within the lead time, and of a review that is due', () => {
    const due = dueReminders(plans, '2026-11-24', 7, {});
    assert.deepEqual(
      due.map((reminder) => [reminder.target.kind, reminder.target.title, reminder.target.daysLeft]),
      [
        ['review', 'Review the plan', -4],
        ['moment', 'Calibration', 4],
        ['step', 'Lead the migration', 7],
      ],
    );
  });

  it('honours the lead time exactly', () => {
    const titles = (lead: number) => dueReminders(plans, '2026-11-24', lead, {}).map((reminder) => reminder.target.title);
    assert.deepEqual(titles(6), ['Review the plan', 'Calibration']);
    assert.deepEqual(titles(0), ['Review the plan']);
    assert.deepEqual(titles(Number.NaN), ['Review the plan']);
  });

  it('stays quiet when a reminder was shown today or while snoozed', () => {
    assert.deepEqual(dueReminders(plans, '2026-11-24', 7, { lastShown: '2026-11-24' }), []);
    assert.equal(dueReminders(plans, '2026-11-24', 7, { lastShown: '2026-11-23' }).length, 3);
    const memory = snoozed({ lastShown: '2026-11-24' }, '2026-11-24', 3);
    assert.equal(memory.snoozedUntil, '2026-11-27');
    assert.deepEqual(dueReminders(plans, '2026-11-26', 7, memory), []);
    assert.equal(dueReminders(plans, '2026-11-27', 7, memory).length, 3);
  });

  it('has nothing to say about a plan with nothing close', () => {
    assert.deepEqual(dueReminders([{ key: 1, name: 'x', plan: fixturePlan('example') }], '2026-11-24', 14, {}), []);
  });
});

describe('reminderMessage', () => {
  it('says the most pressing reminder, the plan it is in, and how many more there are', () => {
    const due = dueReminders(plans, '2026-11-24', 7, {});
    assert.equal(reminderMessage(due), 'a.plan.md: Your career plan review is overdue by 4 days (it was due 2026-11-20). And 2 more: see the plan.');
    assert.equal(reminderMessage(due.slice(1, 2)), 'a.plan.md: Key moment "Calibration" is in 4 days (2026-11-28): time to prepare.');
    assert.equal(reminderMessage(due.slice(2)), 'a.plan.md: Your step "Lead the migration" is due in 7 days (2026-12-01).');
    assert.equal(reminderMessage([]), '');
  });
});
