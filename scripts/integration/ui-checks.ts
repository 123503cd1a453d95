// DOM checks of a workbench on a copy of examples/ with the example plan open and the extension
// loaded normally (not in test mode). To add one, append to `uiChecks`; test/integration/README.md
// shows how.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { localToday } from '../../src/core/calendar/dates';
import { commitFixtureVersions } from '../../test/fixtures/history/repository';
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
  // The example's step 2 is written on line 9: the click selected its title there.
  await statusBar(page).filter({ hasText: 'Ln 9, Col' }).waitFor();
  await shot(page, 'timeline.png');
}

/**
 * Commits a plan five times in a repository inside the workspace (git opens none outside it), opens
 * it, shows its timeline and leaves test-results/screenshots/timeline-history.png: the trend chart
 * under the timeline, read through the git extension, a line of five points per step. Run last, so
 * that the plan joins no earlier picture's milestones view.
 */
async function trendChartCheck(page: Page): Promise<void> {
  const repository = path.join(openedFolder(page), 'history');
  fs.mkdirSync(repository);
  commitFixtureVersions(repository, 'my-career-plan.md');
  // The chart alone beside its plan: the earlier checks' editors and the Problems panel closed.
  await runCommand(page, 'View: Close All Editors');
  await runCommand(page, 'View: Hide Panel');
  await runCommand(page, 'Notifications: Clear All Notifications');
  // By its path: the workbench's file search may not know a file made this late.
  await openFile(page, path.join(repository, 'my-career-plan.md'), 'my-career-plan.md');
  await runCommand(page, 'Career Plan: Show Timeline');
  const lines = timelinePage(page).locator('svg.cp-trend g.series[data-points="5"]:not(.legend)');
  await lines.nth(2).waitFor();
  await timelinePage(page).locator('#trend').scrollIntoViewIfNeeded();
  await pointerAway(page);
  await shot(page, 'timeline-history.png');
}

/** Runs a command from the palette by its title, as a person would. */
async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input').fill(`>${title}`);
  // A command whose label starts with the title, not the first match: "File: New Untitled Text File"
  // also matches "File: Compare New Untitled Text Files", which the palette may list first once used.
  const start = new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
  const option = page.locator('.quick-input-list [role=option]').filter({ has: page.locator('.label-name', { hasText: start }) }).first();
  await option.waitFor();
  await option.click();
}

/** Opens a workspace file (or any file, by its absolute path) through Quick Open. */
async function openFile(page: Page, name: string, tabLabel = name): Promise<void> {
  await runCommand(page, 'Go to File');
  await page.locator('.quick-input-widget input').fill(name);
  await page.locator('.quick-input-list [role=option]', { hasText: tabLabel }).first().waitFor();
  await page.keyboard.press('Enter');
  await activeEditorTab(page, tabLabel).waitFor();
}

/** A picture with CSS animations run to their end: a hover caught fading in shows the text under it. */
function shot(page: Page, name: string): Promise<Buffer> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return page.screenshot({ path: path.join(SCREENSHOT_DIR, name), animations: 'disabled' });
}

/** Moves the pointer off whatever it clicked last, so no hover or tooltip covers a picture. */
async function pointerAway(page: Page): Promise<void> {
  // An empty stretch of the title bar, right of the command centre.
  await page.mouse.move(1150, 5);
  await page.locator('.monaco-hover, .workbench-hover').first().waitFor({ state: 'hidden' });
}

/** The milestones view beside the plan, and the countdown in the status bar (README picture). */
async function milestonesCheck(page: Page): Promise<void> {
  await runCommand(page, 'View: Close All Editors');
  await openFile(page, 'career-plan.md');
  await page.locator('.activitybar [role=tab][aria-label^="Career Plan"], .activitybar a[aria-label^="Career Plan"]').first().click();
  await pointerAway(page);
  // One plan starts unfolded (here the one in the editor, also the first), the other folded until its row is clicked.
  await page.locator('[role=treeitem]', { hasText: 'Team lead of the payments team' }).first().waitFor();
  await page.locator('[role=treeitem]', { hasText: 'Hiring and interviewing' }).first().waitFor();
  await page.locator('[role=treeitem][aria-expanded=false]', { hasText: 'first-draft.plan.md' }).click();
  await page.locator('[role=treeitem]', { hasText: 'Giving feedback' }).first().waitFor();
  await pointerAway(page);
  await statusBar(page).filter({ hasText: 'Team lead' }).waitFor();
  await page.locator('.codelens-decoration', { hasText: 'Mark done' }).first().waitFor();
  await shot(page, 'milestones.png');
}

/**
 * Drags the second gap onto the first in the milestones view, as a person would with the mouse: the
 * plan's text ranks it first, the view follows; reverting the file puts both back for later checks.
 * The mouse moves in steps, and the drag is tried again if no drop came of it: the list starts a drag
 * only once the pointer has moved over it for a moment, which a busy machine can miss.
 */
async function dragGapCheck(page: Page): Promise<void> {
  const gapRow = (label: string) => page.locator('[role=treeitem]', { hasText: label }).first();
  for (let attempt = 1; ; attempt++) {
    const from = await gapRow('2. Budget ownership').boundingBox();
    const to = await gapRow('1. Hiring and interviewing').boundingBox();
    if (!from || !to) throw new Error('the two gap rows are not on screen');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 + 5, { steps: 5 });
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 10 });
    await page.mouse.up();
    try {
      await gapRow('1. Budget ownership').waitFor({ timeout: 5_000 });
      break;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
  await runCommand(page, 'File: Revert File');
  await gapRow('1. Hiring and interviewing').waitFor();
}

/** The first draft's vague goal coached in the Problems panel, then its hover and quick fixes (README pictures). */
async function coachingCheck(page: Page): Promise<void> {
  await runCommand(page, 'View: Close All Editors');
  await openFile(page, 'first-draft.plan.md');
  // A reminder of the example's key moment may have come up (it depends on the real day): not this picture's subject.
  await runCommand(page, 'Notifications: Clear All Notifications');
  await pointerAway(page);
  await runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)');
  await page.locator('.markers-panel [role=treeitem]', { hasText: 'CP101' }).first().waitFor();
  await page.locator('.markers-panel [role=treeitem]', { hasText: 'CP501' }).first().waitFor();
  await shot(page, 'problems.png');
  // Put the cursor on the goal's vague verb and ask for the hover, then for the quick fixes.
  await runCommand(page, 'Go to Line/Column');
  await page.keyboard.type('2:9');
  await page.keyboard.press('Enter');
  await runCommand(page, 'Show or Focus Hover');
  await page.locator('.monaco-hover', { hasText: 'CP101' }).first().waitFor();
  await shot(page, 'hover.png');
  await page.keyboard.press('Escape');
  await runCommand(page, 'Quick Fix...');
  await page.locator('.action-widget', { hasText: 'Disable' }).first().waitFor();
  await shot(page, 'quick-fix.png');
  await page.keyboard.press('Escape');
}

/**
 * "Make this goal SMART…" by keyboard alone: the quick fix on the first draft's vague goal, Enter on
 * the first choice of each question (a gap, a step, a date), Enter on the drafted sentence; the goal
 * and its target are written, one undo takes both back, and Escape at the first question writes nothing.
 */
async function makeGoalSmartCheck(page: Page): Promise<void> {
  await runCommand(page, 'View: Close All Editors');
  await openFile(page, 'first-draft.plan.md');
  await runCommand(page, 'Notifications: Clear All Notifications');
  await runCommand(page, 'Go to Line/Column');
  await page.keyboard.type('2:9');
  await page.keyboard.press('Enter');
  await runCommand(page, 'Quick Fix...');
  const focused = page.locator('.action-widget .monaco-list-row.focused');
  await focused.first().waitFor();
  for (let moves = 0; !(await focused.first().textContent())?.includes('Make this goal SMART'); moves++) {
    if (moves === 15) throw new Error('no "Make this goal SMART…" among the quick fixes');
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  const question = (step: number) => page.locator('.quick-input-widget', { hasText: `(${step}/4)` }).first();
  for (const step of [1, 2, 3]) {
    await question(step).waitFor();
    await page.keyboard.press('Enter');
  }
  await question(4).waitFor();
  const draft = await page.locator('.quick-input-widget input').first().inputValue();
  if (!draft.includes('focusing on public speaking, until I lead more projects')) throw new Error(`the drafted goal reads: ${draft}`);
  await shot(page, 'make-goal-smart.png');
  await page.keyboard.press('Enter');
  await editorLines(page).filter({ hasText: 'focusing on public speaking' }).waitFor();
  await editorLines(page).filter({ hasText: 'target:' }).waitFor();
  await page.keyboard.press('Control+Z');
  await editorLines(page).filter({ hasText: 'focusing on public speaking' }).waitFor({ state: 'detached' });
  await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached' });
  // Escape at the first question: nothing is written, the file stays as saved.
  await runCommand(page, 'Career Plan: Make Goal SMART…');
  await question(1).waitFor();
  await page.keyboard.press('Escape');
  await question(1).waitFor({ state: 'hidden' });
  if ((await page.locator('.tabs-container .tab.active.dirty').count()) > 0) throw new Error('Escape left the plan changed');
  await runCommand(page, 'File: Revert File');
}

/** A plan as people write it without frontmatter: Brechner's template, filled in. */
const BODY_ONLY_PLAN = [
  '# Career plan',
  '',
  'Career goal: Become a principal engineer at a product company.',
  '',
  'Senior engineer — by end of Q3 2027',
  'Staff engineer — June 2029',
  'Principal engineer — 2031-12-31',
  '',
  'Gaps to reach next step (in order of significance):',
  '',
  '- Leading design reviews across teams',
  '- Writing for executives',
  '',
].join('\n');

/**
 * "Convert to Frontmatter" by keyboard: a body-only plan typed into a new Markdown file, the command
 * from the palette; the preview (a diff) and the dialog come up (README picture), Enter writes the
 * frontmatter, one undo takes it back, Escape at the dialog writes nothing.
 */
async function convertCheck(page: Page): Promise<void> {
  await runCommand(page, 'View: Close All Editors');
  await runCommand(page, 'Notifications: Clear All Notifications');
  await runCommand(page, 'File: New Untitled Text File');
  await runCommand(page, 'Change Language Mode');
  await page.locator('.quick-input-widget input').fill('Markdown');
  await page.locator('.quick-input-list [role=option]', { hasText: 'Markdown' }).first().waitFor();
  await page.keyboard.press('Enter');
  await languageMode(page).filter({ hasText: 'Markdown' }).waitFor();
  await editorLines(page).click();
  await page.keyboard.insertText(BODY_ONLY_PLAN);
  await editorLines(page).filter({ hasText: 'Writing for executives' }).waitFor();
  const dialog = page.locator('.monaco-dialog-box', { hasText: 'to frontmatter?' });
  await runCommand(page, 'Career Plan: Convert to Frontmatter…');
  await dialog.waitFor();
  await page.locator('.monaco-diff-editor').first().waitFor();
  await page.locator('.monaco-diff-editor .view-lines', { hasText: 'target: 2027-09-30' }).first().waitFor();
  await pointerAway(page);
  await shot(page, 'convert.png');
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'hidden' });
  // The frontmatter's first comment is what only a converted plan holds ("goal: Become …" is in the body too).
  const converted = editorLines(page).filter({ hasText: 'Read from the plan below' });
  await converted.first().waitFor();
  await page.locator('.monaco-diff-editor').waitFor({ state: 'detached' });
  await page.keyboard.press('Control+Z');
  await converted.first().waitFor({ state: 'detached' });
  await editorLines(page).filter({ hasText: 'Career goal: Become a principal engineer' }).first().waitFor();
  // Escape at the dialog: nothing is written.
  await runCommand(page, 'Career Plan: Convert to Frontmatter…');
  await dialog.waitFor();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  await page.locator('.monaco-diff-editor').waitFor({ state: 'detached' });
  if ((await converted.count()) > 0) throw new Error('Escape converted the plan');
  await runCommand(page, 'View: Revert and Close Editor');
}

/** The folder the workbench was opened on: the copy of examples/ (its path is in the page's address). */
function openedFolder(page: Page): string {
  const folder = new URL(page.url()).searchParams.get('folder');
  if (!folder) throw new Error(`no folder in the workbench's address ${page.url()}`);
  return folder;
}

/**
 * "Start Review…" by keyboard alone on the first draft, typing the answers a person types: Enter and
 * the arrow keys on the picks, words in the input boxes. The plan, saved, is checked byte for byte,
 * then put back as it was for whoever looks at the workspace after.
 */
async function reviewCheck(page: Page): Promise<void> {
  const file = path.join(openedFolder(page), 'first-draft.plan.md');
  const before = fs.readFileSync(file, 'utf8');
  await runCommand(page, 'View: Close All Editors');
  await openFile(page, 'first-draft.plan.md');
  await runCommand(page, 'Notifications: Clear All Notifications');
  await runCommand(page, 'Career Plan: Start Review…');
  /**
   * Waits for the question titled `title` that shows `text` (one of its choices, or an input box's
   * prompt), types `typed` if given, then presses the keys. Only what is visible counts: the widget
   * is reused from one question to the next.
   */
  const answer = async (title: string, text: string, typed: string | undefined, ...keys: string[]) => {
    await page.locator('.quick-input-widget .quick-input-title', { hasText: title }).filter({ visible: true }).first().waitFor();
    await page.locator('.quick-input-widget .quick-input-message, .quick-input-widget .quick-input-list [role=option]', { hasText: text }).filter({ visible: true }).first().waitFor();
    if (typed !== undefined) await page.keyboard.type(typed);
    for (const key of keys) await page.keyboard.press(key);
  };
  await answer('Step 1 of 2', 'Reached today', undefined, 'Enter');
  await answer('Step 1 of 2', 'Leave it without a date', undefined, 'Enter');
  await answer('Step 2 of 2', 'Reached today', undefined, 'Enter');
  await answer('Step 2 of 2', 'Leave it without a date', undefined, 'Enter');
  await answer('Gap 1 of 2', 'Closed today', undefined, 'ArrowDown', 'Enter');
  await answer('Gap 2 of 2', 'Still open', undefined, 'Enter');
  await answer('Gap 2 of 2', 'next action on “Giving feedback”', 'ask two peers for feedback after each demo', 'Enter');
  await answer('Key people', 'Whom did you ask', 'Dana (manager), Sam (mentor)');
  await shot(page, 'review.png');
  await page.keyboard.press('Enter');
  await answer('Key people', 'A gap someone named', 'Budget ownership', 'Enter');
  await answer('Key people', 'Someone else', undefined, 'Enter');
  await answer('Key people', 'A gap someone named', undefined, 'Enter');
  await answer('Wins', 'What went well', 'ran the first retro', 'Enter');
  await answer('Goal', 'Yes, it still holds', undefined, 'Enter');
  await editorLines(page).filter({ hasText: 'Review' }).waitFor();
  await page.keyboard.press('Control+S');
  await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached' });
  const day = localToday();
  const expected = before
    .replace('  - Public speaking\n  - Giving feedback\n', [
      '  - title: Public speaking',
      '    status: closed',
      `    closed: ${day}`,
      '  - title: Giving feedback',
      '    actions:',
      '      - ask two peers for feedback after each demo',
      '  - title: Budget ownership',
      '    source: Dana (manager)',
      'review:',
      `  last: ${day}`,
      '',
    ].join('\n'))
    .replace(/\n*$/, ['', '', '## Reviews', '', `### Review ${day}`, '- Closed: Public speaking', '- Added gap: Budget ownership (said by Dana (manager))', '- Asked: Dana (manager), Sam (mentor)', '- Wins: ran the first retro', '- Goal: still holds', ''].join('\n'));
  const after = fs.readFileSync(file, 'utf8');
  fs.writeFileSync(file, before);
  if (after !== expected) throw new Error(`the reviewed plan reads:\n${after}\ninstead of:\n${expected}`);
  await runCommand(page, 'File: Revert File');
}

export const uiChecks: UiCheck[] = [
  { name: 'the workbench loaded', run: (page) => statusBar(page).waitFor() },
  { name: 'career-plan.md is open in the active editor tab', run: (page) => activeEditorTab(page, 'career-plan.md').waitFor() },
  { name: "the editor shows the plan's frontmatter", run: (page) => editorLines(page).filter({ hasText: 'goal:' }).waitFor() },
  // Language modes arrive with the extensions, so this also waits for them to have loaded.
  { name: 'the plan is in Markdown mode', run: (page) => languageMode(page).filter({ hasText: 'Markdown' }).waitFor() },
  // Opens a panel beside the editor, so it comes after the checks of the editor alone.
  { name: 'Show Timeline draws the plan beside it, and clicking a step selects it in the plan', run: timelineCheck },
  // README pictures: each leaves a screenshot in test-results/screenshots/.
  { name: 'the milestones view lists the plan, and the status bar counts down to the next step', run: milestonesCheck },
  { name: 'dragging a gap onto the one above ranks it first in the plan', run: dragGapCheck },
  { name: 'a vague goal is coached in the Problems panel, its hover and its quick fixes', run: coachingCheck },
  { name: 'Make this goal SMART… by keyboard writes the goal and its target, undo takes them back, Escape writes nothing', run: makeGoalSmartCheck },
  { name: 'Convert to Frontmatter by keyboard shows the diff and a dialog; Enter writes the frontmatter, undo takes it back, Escape writes nothing', run: convertCheck },
  // After the others: it saves the first draft (and puts it back), which the checks above read as it is in the repository.
  { name: 'Start Review… by keyboard, typing the answers, writes the reviewed plan byte for byte', run: reviewCheck },
  // Last: it adds a plan to the workspace and opens a git repository, whose branch the status bar shows from then on.
  { name: 'the timeline of a plan committed five times draws its trend chart through the git extension', run: trendChartCheck },
];
