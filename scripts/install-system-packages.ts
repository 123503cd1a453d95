// Installs the Debian packages the test harness needs, from the same list the harness checks before
// each run (scripts/integration/systemPackages.ts), so .ci/run keeps no list of its own.
import { CHROMIUM } from './integration/browser';
import { CODE_SERVER_BUILD, chromium, ensureSystemPackages } from './integration/systemPackages';

ensureSystemPackages([...CODE_SERVER_BUILD, chromium(CHROMIUM)]).catch((error: Error) => {
  console.error(`ci: ${error.message}`);
  process.exitCode = 1;
});
