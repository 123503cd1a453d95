// `npm run test:integration`: builds the extension and the in-host suite, runs the suite in a
// real VS Code (see hosts.ts for which one), then the UI checks, and exits with the verdict.
// Exit codes: 0 passed, 1 failed, 124 timed out, 130/143 interrupted.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildSuite } from './buildSuite';
import { cleanup, onCleanup } from './cleanup';
import { desktopRequested, runInCodeServer, runInDesktop } from './hosts';
import { COUNTS_FILE, RESULTS_DIR, ROOT } from './paths';
import { exited } from './processGroup';
import { report } from './report';
import { acquireRunLock } from './runLock';

/** Covers a first run's code-server install (90 s on an idle machine, 260 s seen on a busy one). */
const TIMEOUT_S = Number(process.env.CAREER_PLAN_TEST_TIMEOUT ?? 900);

async function main(): Promise<number> {
  await acquireRunLock();
  const started = Date.now();
  fs.rmSync(RESULTS_DIR, { recursive: true, force: true });
  fs.rmSync(COUNTS_FILE, { force: true });
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  if ((await exited(spawn('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' }))) !== 0) {
    throw new Error('npm run build failed');
  }
  console.log(`integration: bundled ${await buildSuite()} suite file(s)`);

  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'career-plan-it-'));
  onCleanup(() => fs.rmSync(runDir, { recursive: true, force: true }));
  const resultsFile = path.join(runDir, 'results.json');
  const outcome = desktopRequested() ? await runInDesktop(runDir, resultsFile) : await runInCodeServer(runDir, resultsFile);
  const counts = report(outcome, resultsFile);
  // Beside the unit suite's counts, for .ci/run's one closing line over all suites.
  fs.writeFileSync(COUNTS_FILE, JSON.stringify(counts));
  console.log(`integration: took ${((Date.now() - started) / 1000).toFixed(1)} s; logs in ${path.relative(ROOT, RESULTS_DIR)}/`);
  return counts.failed === 0 ? 0 : 1;
}

let finishing = false;

/** The single way out: cleans up once, whatever ended the run, then exits. */
async function finish(code: number, reason?: string): Promise<void> {
  if (finishing) return;
  finishing = true;
  if (reason) console.error(`integration: ${reason}`);
  await cleanup();
  process.exit(code);
}

setTimeout(() => void finish(124, `timed out after ${TIMEOUT_S} s`), TIMEOUT_S * 1000);
process.once('SIGINT', () => void finish(130, 'interrupted'));
process.once('SIGTERM', () => void finish(143, 'terminated'));
// A crash elsewhere (say an 'error' event nobody listens to) must still stop server and browser.
process.on('uncaughtException', (error) => void finish(1, `crashed: ${error.stack ?? error.message}`));
process.on('unhandledRejection', (reason) => void finish(1, `crashed: ${String(reason)}`));

main().then(
  (code) => finish(code),
  (error: unknown) => finish(1, `error: ${error instanceof Error ? error.message : String(error)}`),
);
