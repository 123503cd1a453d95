import * as assert from 'node:assert/strict';
import { celebrateGap, celebrateStep } from '../../../src/core/celebrate/celebrate';
import { parsePlan } from '../../../src/core/parse/parsePlan';
import { PLAN, TODAY } from './plans';

describe('celebrate', () => {
  const plan = parsePlan(PLAN).plan;

  it('names the step reached and offers the next one with its countdown', () => {
    assert.deepEqual(celebrateStep(plan, 1, TODAY), {
      message: 'Well done: you reached “Team lead of the payments team”! Next step: “Group manager of two product teams”, 2028-06-30 (in 571 days).',
      next: { kind: 'step', index: 2, label: 'Show Next Step' },
    });
  });

  it('says so when the last step is reached, with no next focus', () => {
    const lastOne = parsePlan(PLAN.replace('target: 2027-03-31', 'target: 2027-03-31\n    done: 2026-12-01')).plan;
    assert.deepEqual(celebrateStep(lastOne, 2, TODAY), {
      message: 'Well done: you reached “Group manager of two product teams”! That was the last step on the way to “Become director of engineering at a 200-person product company by 2030”: take a moment to enjoy it, then decide where to go next.',
    });
  });

  it('closing the focus gap makes the next open gap the focus, naming its first action', () => {
    assert.deepEqual(celebrateGap(plan, 1), {
      message: 'Gap closed: “Hiring and interviewing”. Well done! Your focus now: “Budget ownership”.',
      next: { kind: 'gap', index: 2, label: 'Show New Focus' },
    });
    const withAction = parsePlan(PLAN.replace('  - Budget ownership', '  - title: Budget ownership\n    actions: [Shadow the budget cycle]')).plan;
    assert.equal(celebrateGap(withAction, 1)?.message, 'Gap closed: “Hiring and interviewing”. Well done! Your focus now: “Budget ownership”, starting with “Shadow the budget cycle”.');
  });

  it('closing another gap keeps the focus; closing the last asks for the next gap', () => {
    assert.deepEqual(celebrateGap(plan, 2), { message: 'Gap closed: “Budget ownership”. Well done! Your focus stays on “Hiring and interviewing”.', next: { kind: 'gap', index: 1, label: 'Show Focus' } });
    const oneLeft = parsePlan('---\ngoal: x\ngaps:\n  - Hiring\n---\n').plan;
    assert.deepEqual(celebrateGap(oneLeft, 0), { message: 'Gap closed: “Hiring”. Well done! No open gap is left: ask your key people which gap stands between you and your next step now.' });
  });

  it('says nothing for an item that is not there', () => {
    assert.equal(celebrateStep(plan, 9, TODAY), undefined);
    assert.equal(celebrateGap(plan, 9), undefined);
  });
});
