// `npm run test:package`: packages the extension, installs the .vsix into a fresh code-server with
// `--install-extension`, opens examples/ in headless chromium and checks that the installed
// extension activated. Exit codes: 0 passed, 1 failed, 124 timed out.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { chooseCountdown, countdownText } from '../src/core/countdown';
import { checkIsoDate } from '../src/core/dates';
import { parsePlan } from '../src/core/parse/parsePlan';
import { launchBrowser } from './integration/browser';
import { onCleanup } from './integration/cleanup';
import { ROOT } from './integration/paths';
import { acquireRunLock } from './integration/runLock';
import { statusBar, type UiCheck } from './integration/ui-checks';
import { runInForeground } from './foreground';
import { installedFolder, startWithVsix } from './installedServer';
import { packageExtension } from './package';

const EXAMPLES = path.join(ROOT, 'examples');
const EXAMPLE_PLAN = path.join(EXAMPLES, 'career-plan.md');
/** The extension host inherits the server's environment, so this pins the extension's clock. */
const TODAY = '2026-11-01';
const COUNTS_FILE = path.join(ROOT, 'test-results/package.json');
const CHECK_TIMEOUT_MS = 30_000;
const SCREENSHOTS = path.join(ROOT, 'test-results/screenshots');

/** What the status bar must say: the example plan's countdown, worked out by the core itself. */
function expectedCountdown(): string {
  const today = checkIsoDate(TODAY);
  if (!today.ok) throw new Error(`bad date ${TODAY}`);
  const countdown = chooseCountdown([{ key: EXAMPLE_PLAN, plan: parsePlan(fs.readFileSync(EXAMPLE_PLAN, 'utf8')).plan }], today.date, 14);
  if (!countdown) throw new Error(`${EXAMPLE_PLAN} has no target after ${TODAY}`);
  return countdownText(countdown.target, '{title} · {days}');
}

const checks = (countdown: string): UiCheck[] => [
  { name: 'the workbench loaded', run: (page) => statusBar(page).waitFor() },
  {
    name: 'the activity bar has the Career Plan container',
    run: (page) => page.locator('[id="workbench.parts.activitybar"] [aria-label^="Career Plan"]').first().waitFor(),
  },
  // Only a running extension puts it there: the countdown is created by activate().
  { name: `the status bar counts down: "${countdown}"`, run: (page) => statusBar(page).filter({ hasText: countdown }).waitFor() },
  { name: 'the walkthrough opens with its steps and pictures', run: walkthroughCheck },
];

/** Opens "Get Started with Career Plan" from the palette and leaves test-results/screenshots/walkthrough.png. */
async function walkthroughCheck(page: Page): Promise<void> {
  await page.keyboard.press('F1');
  await page.keyboard.type('Welcome: Open Walkthrough');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Get Started with Career Plan');
  await page.locator('.quick-input-list [role=option]', { hasText: 'Career Plan' }).first().waitFor();
  await page.keyboard.press('Enter');
  const walkthrough = page.locator('.gettingStartedContainer');
  for (const title of ['Write your goal', 'Add steps with dates', 'Rank your gaps', 'See the countdown']) {
    await walkthrough.locator('.getting-started-step', { hasText: title }).first().waitFor();
  }
  // The first step is open; its picture is drawn in a webview (an iframe in an iframe).
  const picture = page.frameLocator('.getting-started-media iframe.webview.ready').frameLocator('iframe#active-frame');
  await picture.locator('svg text', { hasText: 'goal:' }).first().waitFor();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'walkthrough.png') });
}

async function main(): Promise<number> {
  await acquireRunLock();
  const started = Date.now();
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const packaged = packageExtension();
  console.log(`test:package: packaged ${path.basename(packaged.vsix)} (${(packaged.bytes / 1024).toFixed(1)} KiB, ${packaged.files.length} files)`);

  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'career-plan-package-test-'));
  onCleanup(() => fs.rmSync(runDir, { recursive: true, force: true }));
  process.env.CAREER_PLAN_TODAY = TODAY;
  const server = await startWithVsix(runDir, packaged.vsix);
  const installed = installedFolder(runDir, manifest);
  console.log(`test:package: installed into ${path.basename(installed)}; code-server is up at ${server.origin}`);

  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const results: { name: string; error?: string }[] = [];
  const shipped = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8'));
  results.push({ name: 'the installed package.json is this version', error: shipped.version === manifest.version ? undefined : `found ${shipped.version}` });

  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(CHECK_TIMEOUT_MS);
  // No extensionDevelopmentPath: the only Career Plan this workbench knows is the installed one.
  await page.goto(`${server.origin}/?${new URLSearchParams({ folder: EXAMPLES })}`);
  for (const check of checks(expectedCountdown())) {
    try {
      await check.run(page);
      results.push({ name: check.name });
    } catch (error) {
      results.push({ name: check.name, error: String((error as Error).message).split('\n')[0] });
    }
  }
  const screenshot = path.join(SCREENSHOTS, 'installed.png');
  await page.screenshot({ path: screenshot });

  for (const result of results) console.log(`  ${result.error ? '✗' : '✓'} ${result.name}${result.error ? `: ${result.error}` : ''}`);
  const failed = results.filter((result) => result.error).length;
  const counts = { passed: results.length - failed, failed, skipped: 0 };
  fs.writeFileSync(COUNTS_FILE, JSON.stringify(counts));
  console.log(`test:package: screenshot ${path.relative(ROOT, screenshot)}; took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`package: ${counts.passed} passed, ${counts.failed} failed`);
  return failed === 0 ? 0 : 1;
}

runInForeground('test:package', main, { timeoutSeconds: Number(process.env.CAREER_PLAN_TEST_TIMEOUT ?? 600) });
