// `npm run test:package`: packages the extension, installs the .vsix into a fresh code-server with
// `--install-extension`, opens examples/ in headless chromium and checks that the installed
// extension activates: first in the Node extension host (as on the desktop), then, in a second
// page, in the browser's web worker extension host (as on vscode.dev), from the same package.
// Exit codes: 0 passed, 1 failed, 124 timed out.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chooseCountdown, countdownText } from '../src/core/schedule/countdown';
import { checkIsoDate, localToday, type IsoDate } from '../src/core/calendar/dates';
import { parsePlan } from '../src/core/parse/parsePlan';
import { SETTING_DEFAULTS } from '../src/core/settings/defaults';
import { launchBrowser } from './integration/browser';
import { onCleanup } from './integration/cleanup';
import type { CodeServer } from './integration/codeServer';
import { ROOT } from './integration/paths';
import { acquireRunLock } from './integration/runLock';
import { statusBar, type UiCheck } from './integration/ui-checks';
import { runInForeground } from './foreground';
import { installedFolder, startWithVsix } from './installedServer';
import { packageExtension } from './package';

const EXAMPLES = path.join(ROOT, 'examples');
const EXAMPLE_PLAN = path.join(EXAMPLES, 'career-plan.md');
/** The Node extension host inherits the server's environment, so this pins the extension's clock there. */
const PINNED_TODAY = '2026-11-01';
const COUNTS_FILE = path.join(ROOT, 'test-results/package.json');
const CHECK_TIMEOUT_MS = 30_000;
const SCREENSHOTS = path.join(ROOT, 'test-results/screenshots');

interface Result {
  name: string;
  error?: string;
}

/** What the status bar must say on `today` with the default settings: the example plan's countdown, worked out by the core itself. */
function expectedCountdown(today: IsoDate): string {
  const countdown = chooseCountdown([{ key: EXAMPLE_PLAN, plan: parsePlan(fs.readFileSync(EXAMPLE_PLAN, 'utf8')).plan }], today, SETTING_DEFAULTS.reminderLeadDays);
  if (!countdown) throw new Error(`${EXAMPLE_PLAN} has no target after ${today}`);
  return countdownText(countdown.target, SETTING_DEFAULTS['countdown.format']);
}

const countdownCheck = (today: IsoDate): UiCheck => {
  const text = expectedCountdown(today);
  // Only a running extension puts it there: the countdown is created by activate().
  return { name: `the status bar counts down: "${text}"`, run: (page) => statusBar(page).filter({ hasText: text }).waitFor() };
};

const activityBarItem = (page: Page) => page.locator('[id="workbench.parts.activitybar"] [aria-label^="Career Plan"]').first();

const nodeChecks = (): UiCheck[] => [
  { name: 'the workbench loaded', run: (page) => statusBar(page).waitFor() },
  { name: 'the activity bar has the Career Plan container', run: (page) => activityBarItem(page).waitFor() },
  countdownCheck(pinned()),
  { name: 'the walkthrough opens with its steps and pictures', run: walkthroughCheck },
  { name: 'the sentence encoder ships and judges an open plan’s goal by its word order', run: sentenceEncoderCheck },
];

/**
 * A folder with no plan: nothing starts the extension until its view is opened, and the view then
 * offers to create a plan. Leaves test-results/screenshots/welcome.png.
 */
async function welcomeCheck(page: Page): Promise<void> {
  await activityBarItem(page).click();
  await page.getByText('No career plan in this workspace yet').first().waitFor();
  await page.getByRole('button', { name: 'Create a Career Plan' }).first().waitFor();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'welcome.png') });
}

const emptyFolderChecks = (): UiCheck[] => [{ name: 'in a folder without a plan, the Career Plan view offers to create one', run: welcomeCheck }];

// The web worker has no environment variables, so the extension there judges plans on the real day.
const webChecks = (): UiCheck[] => [
  countdownCheck(localToday()),
  { name: 'the Milestones view lists the example plan', run: milestonesCheck },
  { name: 'the linter reports a vague goal as it is typed', run: lintWhileTypingCheck },
  { name: 'the learned reader judges a goal there too, its table read as data', run: learnedReaderCheck },
  { name: 'Show Timeline draws the plan in a webview, and its trend chart without git', run: timelineCheck },
  { name: 'Running Extensions shows Career Plan in the web worker host', run: runningInWebWorkerCheck },
];

function pinned(): IsoDate {
  const check = checkIsoDate(PINNED_TODAY);
  if (!check.ok) throw new Error(`bad date ${PINNED_TODAY}`);
  return check.date;
}

async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  await page.keyboard.type(title);
  await page.locator('.quick-input-list [role=option]', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
}

/** Opens "Get Started with Career Plan" from the palette and leaves test-results/screenshots/walkthrough.png. */
async function walkthroughCheck(page: Page): Promise<void> {
  await runCommand(page, 'Welcome: Open Walkthrough');
  await page.keyboard.type('Get Started with Career Plan');
  await page.locator('.quick-input-list [role=option]', { hasText: 'Career Plan' }).first().waitFor();
  await page.keyboard.press('Enter');
  const walkthrough = page.locator('.gettingStartedContainer');
  for (const title of ['Write your goal', 'Add steps with dates', 'Rank your gaps', 'See the countdown', 'Review your plan']) {
    await walkthrough.locator('.getting-started-step', { hasText: title }).first().waitFor();
  }
  // The first step is open; its picture is drawn in a webview (an iframe in an iframe).
  const picture = page.frameLocator('.getting-started-media iframe.webview.ready').frameLocator('iframe#active-frame');
  await picture.locator('svg text', { hasText: 'goal:' }).first().waitFor();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'walkthrough.png') });
}

async function milestonesCheck(page: Page): Promise<void> {
  await activityBarItem(page).click();
  await page.locator('.pane-body [role=treeitem]', { hasText: 'career-plan.md' }).first().waitFor();
}

/** Rewrites the goal of the (copied) example plan in the editor, unsaved, and waits for CP101 in Problems. */
async function lintWhileTypingCheck(page: Page): Promise<void> {
  await typeGoal(page, 'Get better at leadership');
  // examples/first-draft.plan.md has a CP101 of its own; this one quotes the words just typed.
  await page.locator('.markers-panel [role=treeitem]', { hasText: 'CP101' }).filter({ hasText: '“Get better”' }).first().waitFor();
}

/**
 * The rules read "empathy" and "work" as named; the learned reader, whose table the web worker reads
 * through workspace.fs a moment after the first findings, reads the goal as naming nothing concrete.
 */
async function learnedReaderCheck(page: Page): Promise<void> {
  await typeGoal(page, 'Make empathy central to my work');
  await page.locator('.markers-panel [role=treeitem]', { hasText: 'CP101' }).filter({ hasText: 'read as a whole' }).first().waitFor();
}

/**
 * A goal whose words name something ("presence", "meetings") but whose sentence aims at nothing: only
 * the learned reader's sentence stage finds S missing, so the .vsix's dist/sentence.js and
 * dist/sentence-encoder/ loaded and ran on the Node host.
 */
async function sentenceEncoderCheck(page: Page): Promise<void> {
  await typeGoal(page, 'Be a stronger presence in meetings');
  await page.locator('.markers-panel [role=treeitem]', { hasText: 'CP101' }).first().waitFor({ timeout: 60_000 });
}

/** Types a new goal over the example plan's goal line, unsaved, and shows Problems. */
async function typeGoal(page: Page, goal: string): Promise<void> {
  await page.keyboard.press('Control+P');
  await page.keyboard.type('career-plan.md');
  await page.locator('.quick-input-list [role=option]', { hasText: 'career-plan.md' }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.editor-instance .monaco-editor .view-lines', { hasText: 'goal:' }).first().click();
  await page.keyboard.press('Control+G');
  await page.keyboard.type('2');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await page.keyboard.type(`goal: ${goal}`);
  await page.keyboard.press('Control+Shift+M');
}

/**
 * The timeline's nonce comes from the Web Crypto stand-in for node:crypto in the web bundle. The web
 * worker has no git: the trend chart under the picture falls back to the plan's review entries and
 * `done` dates, and says so.
 */
async function timelineCheck(page: Page): Promise<void> {
  await runCommand(page, 'Career Plan: Show Timeline');
  const timeline = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  await timeline.locator('svg.cp-timeline [data-subject^="steps"]').first().waitFor();
  await timeline.locator('svg.cp-trend desc', { hasText: '(no git history)' }).waitFor({ state: 'attached' });
}

async function runningInWebWorkerCheck(page: Page): Promise<void> {
  await runCommand(page, 'Developer: Show Running Extensions');
  const list = page.locator('.runtime-extensions-editor .monaco-list').first();
  await list.waitFor();
  // The list draws only the rows in view (sorted by activation time): scroll until ours is drawn.
  const ours = page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: 'Career Plan' });
  for (let scrolled = 0; scrolled < 20 && (await ours.count()) === 0; scrolled++) {
    await list.hover();
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(200);
  }
  await ours.filter({ hasText: 'web worker' }).first().waitFor();
}

async function runChecks(page: Page, checks: UiCheck[], results: Result[], label: string): Promise<void> {
  for (const check of checks) {
    const name = `${label}: ${check.name}`;
    try {
      await check.run(page);
      results.push({ name });
    } catch (error) {
      results.push({ name, error: String((error as Error).message).split('\n')[0] });
    }
  }
}

async function openWorkspace(browser: Browser, server: CodeServer, folder: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(CHECK_TIMEOUT_MS);
  // No extensionDevelopmentPath: the only Career Plan this workbench knows is the installed one.
  await page.goto(`${server.origin}/?${new URLSearchParams({ folder })}`);
  return page;
}

/**
 * Where a code-server workbench runs an extension installed on the server is the user's choice
 * (`remote.extensionKind`); "web" sends it to the browser's web worker host, which then loads the
 * package's "browser" entry. Read when a workbench loads, so it applies to pages opened after.
 */
function preferWebWorker(runDir: string, extensionId: string): void {
  const file = path.join(runDir, 'user-data/User/settings.json');
  const settings = JSON.parse(fs.readFileSync(file, 'utf8'));
  settings['remote.extensionKind'] = { [extensionId]: ['web'] };
  fs.writeFileSync(file, JSON.stringify(settings, null, 2));
}

async function main(): Promise<number> {
  await acquireRunLock();
  const started = Date.now();
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const packaged = packageExtension();
  console.log(`test:package: packaged ${path.basename(packaged.vsix)} (${(packaged.bytes / 1024).toFixed(1)} KiB, ${packaged.files.length} files)`);

  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'career-plan-package-test-'));
  onCleanup(() => fs.rmSync(runDir, { recursive: true, force: true }));
  process.env.CAREER_PLAN_TODAY = PINNED_TODAY;
  const server = await startWithVsix(runDir, packaged.vsix);
  const installed = installedFolder(runDir, manifest);
  console.log(`test:package: installed into ${path.basename(installed)}; code-server is up at ${server.origin}`);

  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const results: Result[] = [];
  const shipped = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8'));
  results.push({ name: 'the installed package.json is this version', error: shipped.version === manifest.version ? undefined : `found ${shipped.version}` });

  // A copy, as `npm run try` opens: the checks type into the plan.
  const workspace = path.join(runDir, 'examples');
  fs.cpSync(EXAMPLES, workspace, { recursive: true });
  const browser = await launchBrowser();
  const nodePage = await openWorkspace(browser, server, workspace);
  await runChecks(nodePage, nodeChecks(), results, 'Node host');
  await nodePage.screenshot({ path: path.join(SCREENSHOTS, 'installed.png') });
  await nodePage.close();

  const empty = path.join(runDir, 'empty');
  fs.mkdirSync(empty);
  const emptyPage = await openWorkspace(browser, server, empty);
  await runChecks(emptyPage, emptyFolderChecks(), results, 'Node host');
  await emptyPage.close();

  preferWebWorker(runDir, `${manifest.publisher}.${manifest.name}`);
  const webPage = await openWorkspace(browser, server, workspace);
  await runChecks(webPage, webChecks(), results, 'web worker host');
  await webPage.screenshot({ path: path.join(SCREENSHOTS, 'installed-web.png') });

  for (const result of results) console.log(`  ${result.error ? '✗' : '✓'} ${result.name}${result.error ? `: ${result.error}` : ''}`);
  const failed = results.filter((result) => result.error).length;
  const counts = { passed: results.length - failed, failed, skipped: 0 };
  fs.writeFileSync(COUNTS_FILE, JSON.stringify(counts));
  console.log(`test:package: screenshots in ${path.relative(ROOT, SCREENSHOTS)}/ (installed, installed-web, walkthrough, welcome); took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`package: ${counts.passed} passed, ${counts.failed} failed`);
  return failed === 0 ? 0 : 1;
}

runInForeground('test:package', main, { timeoutSeconds: Number(process.env.CAREER_PLAN_TEST_TIMEOUT ?? 600) });
