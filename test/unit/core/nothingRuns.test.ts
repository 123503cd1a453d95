import * as assert from 'node:assert/strict';
import { parse } from './helpers';

/** Each fence would run its text through eval in a default gray-matter; here it must not run. */
describe('nothing in a plan is executed', () => {
  const global = globalThis as Record<string, unknown>;
  for (const fence of ['---js', '--- js', '---javascript', '---JS', '---coffee', '---custom']) {
    it(`${fence} frontmatter is reported and inert`, () => {
      delete global.careerPlanSideEffect;
      const parsed = parse(`${fence}\nglobalThis.careerPlanSideEffect = require('fs') && 1; ({ goal: 'x' })\n---\n`);
      assert.equal(global.careerPlanSideEffect, undefined);
      assert.deepEqual(parsed.problems.map((p) => p.ruleId), ['CP002']);
      assert.equal(parsed.plan.goal, undefined);
    });
  }

  it('!!js/function and other tags stay text', () => {
    const parsed = parse("---\ngoal: !!js/function 'function () { globalThis.careerPlanSideEffect = 1 }'\nsteps: [a]\n---\n");
    assert.equal(global.careerPlanSideEffect, undefined);
    assert.equal(typeof parsed.plan.goal?.value, 'string');
  });
});
