// Mocha's "dot" output, plus the counts written to test-results/<suite>.json so that .ci/run can
// print one `N passed, N failed` line over the unit and integration suites. Plain JavaScript:
// mocha requires reporters by path, before any TypeScript hook could matter.
const { mkdirSync, writeFileSync } = require('node:fs');
const path = require('node:path');
const Mocha = require('mocha');

class CountingReporter extends Mocha.reporters.Dot {
  constructor(runner, options) {
    super(runner, options);
    const suite = process.env.CAREER_PLAN_SUITE || 'unit';
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const { passes = 0, failures = 0, pending = 0 } = runner.stats || {};
      const dir = path.resolve(__dirname, '../../test-results');
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, `${suite}.json`), JSON.stringify({ passed: passes, failed: failures, skipped: pending }));
    });
  }
}

module.exports = CountingReporter;
