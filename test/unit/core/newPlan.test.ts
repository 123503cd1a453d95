import * as assert from 'node:assert/strict';
import { looksLikePlan } from '../../../src/core/format/detect';
import { newPlanText } from '../../../src/core/coach/newPlan';
import { parsePlan } from '../../../src/core/parse/parsePlan';

const TODAY = '2026-11-24';

function readBack(text: string) {
  const parsed = parsePlan(text);
  assert.deepEqual(parsed.problems.map((p) => `${p.ruleId}: ${p.message}`), [], text);
  assert.ok(looksLikePlan(text), 'the new file is not recognised as a plan');
  return parsed.plan;
}

describe('newPlanText', () => {
  it('writes a plan with the goal, dated steps and the biggest gap as the current focus', () => {
    const text = newPlanText(
      {
        goal: 'Lead the data platform group by 2029',
        target: '2029-06-30',
        steps: [
          { title: 'Senior data engineer', target: '2027-06-30' },
          { title: 'Tech lead of the ingestion team', target: '2028-06-30' },
        ],
        gap: 'Stakeholder management',
      },
      { today: TODAY },
    );
    const plan = readBack(text);
    assert.equal(plan.goal?.value, 'Lead the data platform group by 2029');
    assert.equal(plan.target?.value, '2029-06-30');
    assert.deepEqual(plan.steps.map((s) => [s.title.value, s.target?.value]), [
      ['Senior data engineer', '2027-06-30'],
      ['Tech lead of the ingestion team', '2028-06-30'],
    ]);
    assert.deepEqual(plan.gaps.map((g) => [g.title.value, g.status]), [['Stakeholder management', 'active']]);
    assert.equal(plan.review?.last?.value, TODAY);
    assert.deepEqual(plan.gaps[0].actions.map((a) => a.title.value), ['The first small thing to do this week']);
  });

  it('writes a plan from the goal alone', () => {
    const plan = readBack(newPlanText({ goal: 'Find a job in UX research', steps: [] }, { today: TODAY }));
    assert.equal(plan.goal?.value, 'Find a job in UX research');
    assert.deepEqual(plan.steps, []);
    assert.deepEqual(plan.gaps, []);
  });

  it('reads back exactly what was typed, whatever YAML would make of it unquoted', () => {
    const awkward = ['Lead: platform # team', 'No', '2027', '- dash first', '"quoted"', '[brackets]', 'trailing colon:', 'null'];
    for (const title of awkward) {
      const plan = readBack(newPlanText({ goal: title, steps: [{ title }], gap: title }, { today: TODAY }));
      assert.equal(plan.goal?.value, title);
      assert.equal(plan.steps[0]?.title.value, title);
      assert.equal(plan.gaps[0]?.title.value, title);
    }
  });

  it('skips steps left blank and trims what was typed', () => {
    const plan = readBack(newPlanText({ goal: '  Staff engineer  ', steps: [{ title: '  ' }, { title: ' Senior engineer ', target: '2027-01-31' }] }, { today: TODAY }));
    assert.equal(plan.goal?.value, 'Staff engineer');
    assert.deepEqual(plan.steps.map((s) => s.title.value), ['Senior engineer']);
  });

  it('uses the line break it is given', () => {
    const text = newPlanText({ goal: 'Staff engineer', steps: [{ title: 'Senior engineer' }] }, { today: TODAY, eol: '\r\n' });
    assert.equal(text.split('\r\n').length, text.split('\n').length);
    readBack(text);
  });
});
