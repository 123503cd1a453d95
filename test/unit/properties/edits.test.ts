import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { tidyPlanText, today } from './arbitraries';
import { EDIT_RUNS_PER_OPERATION, PROPERTY_SEED } from './budget';
import { checkLintFixes, type FixStats } from './edits/checkFixes';
import { checkOperation } from './edits/checkOperation';
import { editOperations } from './edits/operations';

describe('properties: edits are lossless', function () {
  this.timeout(120_000);
  const tally: string[] = [];

  for (const operation of editOperations) {
    it(`${operation.name} does what it says, touches only its part of the plan (the rest byte for byte) and undoes exactly (${EDIT_RUNS_PER_OPERATION} plans)`, () => {
      const counts = { applied: 0, nothingToDo: 0 };
      fc.assert(
        fc.property(tidyPlanText, operation.args, (text, args) => {
          counts[checkOperation(operation, text, args)]++;
        }),
        { numRuns: EDIT_RUNS_PER_OPERATION, seed: PROPERTY_SEED },
      );
      tally.push(`${operation.name}: ${counts.applied} applied, ${counts.nothingToDo} with nothing to do`);
      assert.ok(counts.applied > EDIT_RUNS_PER_OPERATION / 10, `${operation.name} applied only ${counts.applied} times: the generator misses what it edits`);
    });
  }

  it(`the linter's fixes and "disable for this line" keep the rest of the plan (${EDIT_RUNS_PER_OPERATION * 2} plans)`, () => {
    const stats: FixStats = { fixes: 0, disables: 0 };
    fc.assert(fc.property(tidyPlanText, today, (text, day) => checkLintFixes(text, day, stats)), { numRuns: EDIT_RUNS_PER_OPERATION * 2, seed: PROPERTY_SEED });
    tally.push(`lint fixes: ${stats.fixes} fixes and ${stats.disables} disable comments checked`);
    assert.ok(stats.fixes > EDIT_RUNS_PER_OPERATION / 2, `only ${stats.fixes} fixes met`);
  });

  after(() => {
    if (process.env.CAREER_PLAN_PROPERTY_TALLY) console.log(`\n  ${tally.join('\n  ')}`);
  });
});
