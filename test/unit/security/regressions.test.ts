import * as assert from 'node:assert/strict';
import { checkLintFixes } from '../properties/edits/checkFixes';
import { checkOperation, operationNamed } from '../properties/edits/checkOperation';
import { checkPlanText, InvariantError } from '../properties/invariants';
import { OPEN_BUGS, openBugHits, withOpenBugsStrict, type OpenBug } from '../properties/openBugs';
import { readRegressions, type RegressionInfo } from '../properties/regressionStore';

/**
 * Every input that ever broke a property (test/fixtures/regressions/, written by `npm run fuzz`)
 * goes through the same checks again, its fixes included. A fixture of a bug still open elsewhere must still fail, so
 * its entry in openBugs.ts is removed the day the bug is fixed.
 */
describe('regressions: inputs that once broke a property', function () {
  this.timeout(30_000);
  const bugs: readonly OpenBug[] = Object.values(OPEN_BUGS);
  const open = new Map<string, OpenBug>(bugs.filter((bug) => !bug.shownBy).map((bug) => [bug.fixture, bug]));
  const regressions = readRegressions();

  it('every open bug has its fixture', () => {
    const files = new Set(regressions.map((regression) => regression.file));
    assert.deepEqual(bugs.map((bug) => bug.fixture).filter((file) => !files.has(file)), []);
  });

  /** The parser and linter checks, then the fixes' round trip. */
  const check = (text: string, today: string, edit?: RegressionInfo['edit']) => {
    checkPlanText(text, today, { determinism: true });
    checkLintFixes(text, today);
    if (edit) checkOperation(operationNamed(edit.operation), text, edit.args);
  };

  for (const { file, text, today, edit } of regressions) {
    const bug = open.get(file);
    if (bug) {
      it(`${file} still shows open bug ${bug.id} in ${bug.where}`, () => {
        assert.throws(
          () => withOpenBugsStrict(() => check(text, today, edit)),
          InvariantError,
          `${bug.id} no longer happens: remove it from test/unit/properties/openBugs.ts`,
        );
      });
    } else {
      it(`${file} passes every check`, () => check(text, today, edit));
    }
  }
});

// A root hook: once all suites have run, say which open bugs the properties met (and let them pass).
after(() => {
  for (const [id, count] of openBugHits()) console.warn(`  open bug ${OPEN_BUGS[id].id} (${OPEN_BUGS[id].where}) met ${count} times`);
});
