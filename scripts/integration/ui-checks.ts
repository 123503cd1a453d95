// DOM checks of a workbench that has the fixture plan open and the extension loaded normally
// (not in test mode). To add one, append to `uiChecks`; test/integration/README.md shows how.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { SCREENSHOT_DIR } from './paths';

export interface UiCheck {
  name: string;
  /** Rejects when the check fails; locators wait (up to the page's default timeout) for the DOM. */
  run(page: Page): Promise<void>;
}

/** The status bar; its text includes every visible item's label. */
export const statusBar = (page: Page): Locator => page.locator('[id="workbench.parts.statusbar"]');

/** The active editor tab, narrowed to the one whose label contains `fileName`. */
export const activeEditorTab = (page: Page, fileName: string): Locator =>
  page.locator('.tabs-container .tab.active', { hasText: fileName });

/** The status bar item naming the active editor's language. */
export const languageMode = (page: Page): Locator => page.locator('[id="status.editor.mode"]');

/** The text area of the visible editor (Monaco renders only the lines in view, spaces as U+00A0). */
export const editorLines = (page: Page): Locator => page.locator('.editor-instance .monaco-editor .view-lines');

/** The page inside the Career Plan timeline panel (VS Code puts a webview's page in an iframe in an iframe). */
export const timelinePage = (page: Page): FrameLocator => page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');

/** Opens the timeline of the plan in the editor, clicks step 2, and leaves test-results/screenshots/timeline.png. */
async function timelineCheck(page: Page): Promise<void> {
  await page.keyboard.press('F1');
  await page.keyboard.type('Career Plan: Show Timeline');
  await page.keyboard.press('Enter');
  const step = timelinePage(page).locator('svg.cp-timeline [data-subject="steps[1]"]');
  await step.waitFor();
  await step.click();
  // The fixture's step 2 is written on line 9: the click selected its title there.
  await statusBar(page).filter({ hasText: 'Ln 9, Col' }).waitFor();
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'timeline.png') });
}

export const uiChecks: UiCheck[] = [
  { name: 'the workbench loaded', run: (page) => statusBar(page).waitFor() },
  { name: 'career-plan.md is open in the active editor tab', run: (page) => activeEditorTab(page, 'career-plan.md').waitFor() },
  { name: "the editor shows the plan's frontmatter", run: (page) => editorLines(page).filter({ hasText: 'goal:' }).waitFor() },
  // Language modes arrive with the extensions, so this also waits for them to have loaded.
  { name: 'the plan is in Markdown mode', run: (page) => languageMode(page).filter({ hasText: 'Markdown' }).waitFor() },
  // Opens a panel beside the editor, so it comes after the checks of the editor alone.
  { name: 'Show Timeline draws the plan beside it, and clicking a step selects it in the plan', run: timelineCheck },
];
