// DOM checks of a workbench that has the fixture plan open and the extension loaded normally
// (not in test mode). To add one, append to `uiChecks`; test/integration/README.md shows how.
import type { Locator, Page } from 'playwright-core';

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

export const uiChecks: UiCheck[] = [
  { name: 'the workbench loaded', run: (page) => statusBar(page).waitFor() },
  { name: 'career-plan.md is open in the active editor tab', run: (page) => activeEditorTab(page, 'career-plan.md').waitFor() },
  { name: "the editor shows the plan's frontmatter", run: (page) => editorLines(page).filter({ hasText: 'goal:' }).waitFor() },
  // Language modes arrive with the extensions, so this also waits for them to have loaded.
  { name: 'the plan is in Markdown mode', run: (page) => languageMode(page).filter({ hasText: 'Markdown' }).waitFor() },
];
