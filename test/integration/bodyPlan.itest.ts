// A plan written without frontmatter (issue 21) in a real VS Code: opened from the workspace, it is a
// plan as written — in the milestones view, in the status-bar countdown, with its placeholder
// reported where it stands and no CP001, and "Show How This Plan Was Read" saying what was read.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SETTING_DEFAULTS } from '../../src/core/settings/defaults';
import { parsePlan } from '../../src/core/parse/parsePlan';
import { chooseCountdown, countdownText } from '../../src/core/schedule/countdown';
import { activateExtension } from './helpers';
import { daysTo, eventually, openWorkspacePlan, rootGone, rootsWith, row, shown, statusBar, today } from './viewsHelpers';

const BODY_PLAN = 'notes/my-growth.md';
const settings = () => vscode.workspace.getConfiguration('careerPlan');

describe('a plan written without frontmatter', () => {
  let editor: vscode.TextEditor;

  before(async () => {
    await activateExtension();
    await vscode.commands.executeCommand('workbench.view.extension.careerPlan');
    await settings().update('countdown.scope', 'activePlan', vscode.ConfigurationTarget.Global);
    editor = await openWorkspacePlan(BODY_PLAN);
  });

  after(async () => {
    await settings().update('countdown.scope', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('is in the milestones view as written: the goal, its steps with their targets, the ranked gaps', async () => {
    const roots = await rootsWith('my-growth.md');
    const root = row(roots, 'my-growth.md');
    const [goal] = root.children;
    assert.equal(goal.label, 'Become a principal engineer of the search platform by 2096-12-31.');
    assert.deepEqual(shown(goal.children), [
      `Senior engineer on the search team — 2093-06-30 · in ${daysTo('2093-06-30')} days`,
      `Staff engineer for search relevance — 2094-12-31 · in ${daysTo('2094-12-31')} days`,
      `Principal engineer — 2096-12-31 · in ${daysTo('2096-12-31')} days`,
    ]);
    assert.deepEqual(row(root.children, 'Gaps').children.map((r) => r.label), ['1. Leading a design review across teams']);
  });

  it('counts down to its next step in the status bar', async () => {
    const countdown = chooseCountdown([{ key: 'plan', plan: parsePlan(editor.document.getText(), { today: today() }).plan }], today(), SETTING_DEFAULTS.reminderLeadDays);
    assert.ok(countdown);
    const text = `$(milestone) ${countdownText(countdown.target, SETTING_DEFAULTS['countdown.format'])}`;
    await eventually(async () => ((await statusBar()).text === text ? true : undefined), `the status bar to show "${text}"`);
    assert.equal(countdown.target.title, 'Senior engineer on the search team');
  });

  it('reports the placeholder at its line and no missing frontmatter', async () => {
    const diagnostics = await eventually(() => {
      const found = vscode.languages.getDiagnostics(editor.document.uri);
      return found.some((d) => String(typeof d.code === 'object' ? d.code.value : d.code) === 'CP009') ? found : undefined;
    }, 'the CP009 diagnostic');
    const codes = diagnostics.map((d) => `${d.range.start.line + 1}:${typeof d.code === 'object' ? d.code.value : d.code}`);
    assert.ok(codes.includes('12:CP009'), codes.join(' '));
    assert.ok(!codes.some((code) => code.endsWith('CP001')), codes.join(' '));
  });

  it('says how it was read', async () => {
    const summary = await vscode.commands.executeCommand<string>('careerPlan.showReading');
    assert.equal(summary, 'Read from the Markdown as Career goal, steps and gaps (Brechner’s template): a goal, 3 steps, 1 gap, 1 placeholder to fill in; 2 lines left as notes.');
  });

  it('says on hover what a line was read as', async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(5, 3));
    // The hover writes plan text escaped (spaces as &nbsp;, Markdown punctuation after a backslash): read it back as text.
    const text = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n').replace(/&nbsp;/g, ' ').replace(/\\(.)/g, '$1');
    assert.match(text, /Read as step 2: Staff engineer for search relevance, target 2094-12-31/);
  });

  it('leaves the view when closed, since no plan glob names it', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await rootGone('my-growth.md', 'the closed body-only plan gone from the tree', 15000);
  });
});
