// Opens a second workbench page on a copy of examples/ with the example plan in an editor, runs
// the DOM checks and leaves a screenshot. A second page because the test-mode page shuts its
// extension host down when the suite ends, taking the extension's status bar items and views with
// it; examples/ because the checks take the README's pictures, which should show a person's plans
// rather than the suite's fixtures.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { remoteUri, workbenchUrl } from './browser';
import type { CodeServer } from './codeServer';
import { EXAMPLES, RESULTS_DIR, SCREENSHOT_DIR } from './paths';
import { uiChecks } from './ui-checks';

const CHECK_TIMEOUT_MS = 20_000;

export interface CheckResult {
  name: string;
  error?: string;
}

export async function runUiChecks(browser: Browser, server: CodeServer, runDir: string): Promise<CheckResult[]> {
  // A copy: the checks edit the plan in the editor (and revert it), and must never touch the repository's.
  const workspace = path.join(runDir, 'examples');
  fs.cpSync(EXAMPLES, workspace, { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(CHECK_TIMEOUT_MS);
  // The workbench's console, the extension host's among it, for whoever looks into a failed check.
  const log = fs.createWriteStream(path.join(RESULTS_DIR, 'workbench-ui.log'));
  page.on('console', (message) => log.write(`[${message.type()}] ${message.text()}\n`));
  await page.goto(workbenchUrl(server, { openFile: remoteUri(server, path.join(workspace, 'career-plan.md')) }, { folder: workspace }));
  const results: CheckResult[] = [];
  for (const check of uiChecks) {
    log.write(`== ${check.name}\n`);
    try {
      await check.run(page);
      results.push({ name: check.name });
    } catch (error) {
      // Playwright appends a long call log: its first line says what went wrong, a "waiting for" line
      // what it waited for. The page as it was goes beside the other pictures.
      const lines = String((error as Error).message).split('\n');
      const waited = lines.find((line) => line.includes('waiting for'))?.trim();
      results.push({ name: check.name, error: waited ? `${lines[0]} (${waited})` : lines[0] });
      fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `failed-check-${results.length}.png`) }).catch(() => undefined);
    }
  }
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const screenshot = path.join(SCREENSHOT_DIR, 'workbench.png');
  await page.screenshot({ path: screenshot });
  console.log(`ui: screenshot ${path.relative(process.cwd(), screenshot)}`);
  await page.close();
  log.end();
  return results;
}
