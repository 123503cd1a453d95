import * as assert from 'node:assert/strict';
import { checkLintFixes } from '../properties/edits/checkFixes';
import { checkOperation, operationNamed } from '../properties/edits/checkOperation';
import { checkPlanText } from '../properties/invariants';
import { readRegressions, type RegressionInfo } from '../properties/regressionStore';

/**
 * Every input that ever broke a property (test/fixtures/regressions/, written by `npm run fuzz`)
 * goes through the same checks again, its fixes included, and must pass them all: a defect found is
 * kept red here until it is fixed.
 */
describe('regressions: inputs that once broke a property', function () {
  this.timeout(30_000);
  const regressions = readRegressions();

  it('are all there', () => assert.ok(regressions.length > 0, 'no fixture in test/fixtures/regressions/'));

  /** The parser and linter checks, then the fixes' round trip. */
  const check = (text: string, today: string, edit?: RegressionInfo['edit']) => {
    checkPlanText(text, today, { determinism: true });
    checkLintFixes(text, today);
    if (edit) checkOperation(operationNamed(edit.operation), text, edit.args);
  };

  for (const { file, text, today, edit } of regressions) {
    it(`${file} passes every check`, () => check(text, today, edit));
  }
});
