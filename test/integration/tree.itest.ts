// The milestones view in a real VS Code: its rows for the fixture workspace, revealing a row's place
// in the plan, and the edits its rows make (mark a step done, re-rank gaps) — each touching only
// its own lines of the document and undone in one step.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { applyEdits, moveGap } from '../../src/core/edits';
import { parsePlan } from '../../src/core/parse/parsePlan';
import { activateExtension } from './helpers';
import { daysTo, eventually, insertedLine, openWorkspacePlan, rootGone, rootsWith, row, shown, today, treeRows, VIEWS_PLAN, workspaceUri, type Row } from './viewsHelpers';

const FOCUS_VIEW = 'workbench.view.extension.careerPlan';

/** The views fixture's root, once the workspace search has found it. */
async function fixtureRoot(): Promise<Row> {
  return eventually(async () => (await treeRows()).find((r) => r.label === 'milestones.plan.md'), 'the views fixture in the tree');
}

const childrenOf = async (...path: string[]): Promise<Row[]> => {
  let rows = (await fixtureRoot()).children;
  for (const label of path) rows = row(rows, label).children;
  return rows;
};

describe('milestones view', () => {
  before(async () => {
    await activateExtension();
    await vscode.commands.executeCommand(FOCUS_VIEW);
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('has one root per plan in the workspace, found when the view is first shown', async () => {
    const roots = await rootsWith('milestones.plan.md', 'career-plan.md');
    assert.equal(row(roots, 'milestones.plan.md').description, 'views');
    assert.equal(row(roots, 'career-plan.md').description, '');
    assert.ok(roots.every((r) => r.contextValue === 'careerPlan.plan'));
  });

  it('shows the goal with its progress and countdown, and the steps with their dates and done marks', async () => {
    const [goal] = (await fixtureRoot()).children;
    assert.equal(goal.label, 'Run a design studio of my own with five designers');
    assert.equal(goal.description, `1/3 steps · 2099-12-31 · in ${daysTo('2099-12-31')} days`);
    assert.deepEqual(shown(goal.children), [
      'Senior product designer — done 2024-05-02',
      `Design lead for the mobile apps — 2091-06-30 · in ${daysTo('2091-06-30')} days · 1/2`,
      `Head of design at a scale-up — 2095-03-31 · in ${daysTo('2095-03-31')} days`,
    ]);
    assert.deepEqual(goal.children.map((r) => r.contextValue), ['careerPlan.step.done', 'careerPlan.step.open', 'careerPlan.step.open']);
    assert.deepEqual(shown(row(goal.children, 'Design lead for the mobile apps').children), ['Lead the redesign of onboarding — done', 'Mentor the two junior designers']);
  });

  it('ranks the gaps, marks the first open one as the focus, and lists actions with their state', async () => {
    const root = await fixtureRoot();
    const gaps = row(root.children, 'Gaps');
    assert.equal(gaps.description, '2 open · most significant first');
    assert.deepEqual(shown(gaps.children), ['1. Presenting to executives — closed', '2. Hiring designers — current focus · 1/3', '3. Pricing and selling studio work']);
    assert.deepEqual(gaps.children.map((r) => r.contextValue), ['careerPlan.gap canMoveDown', 'careerPlan.gap canClose canMoveUp canMoveDown', 'careerPlan.gap canClose canMoveUp']);
    assert.deepEqual(shown(gaps.children[1].children), [
      'Sit in on five portfolio reviews',
      `Write a hiring rubric — due 2090-01-15 · in ${daysTo('2090-01-15')} days`,
      'Read two guides on structured portfolio reviews — done · in notes',
    ]);
  });

  it('groups key moments and target companies', async () => {
    const root = await fixtureRoot();
    const moments = row(root.children, 'Key moments');
    assert.deepEqual(shown(moments.children), [`Portfolio review with the design director — 2090-09-15 · in ${daysTo('2090-09-15')} days · review`]);
    assert.deepEqual(shown(moments.children[0].children), ['Pick three case studies with outcomes']);
    assert.deepEqual(shown(row(root.children, 'Target companies').children), ['Northwind Studio — high priority']);
  });

  it('reveals a row in its plan when clicked: the element is selected', async () => {
    const step = row(await childrenOf('Run a design studio of my own with five designers'), 'Head of design at a scale-up');
    assert.ok(step.command?.command);
    await vscode.commands.executeCommand(step.command.command, ...(step.command.arguments ?? []));
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), workspaceUri(VIEWS_PLAN).toString());
    assert.equal(editor?.document.getText(editor.selection), 'Head of design at a scale-up');
  });

  it('marks a step done today from its row, changing only that step, and one undo restores it', async () => {
    const editor = await openWorkspacePlan(VIEWS_PLAN);
    const before = editor.document.getText();
    const step = row(await childrenOf('Run a design studio of my own with five designers'), 'Design lead for the mobile apps');
    await vscode.commands.executeCommand('careerPlan.milestones.markStepDone', step.node);
    const after = await eventually(() => (editor.document.getText() !== before ? editor.document.getText() : undefined), 'the edit');
    const inserted = insertedLine(before, after);
    assert.equal(inserted.text, `    done: ${today()}`);
    assert.equal(before.split('\n')[inserted.line - 1], '    target: 2091-06-30');
    assert.equal(editor.document.isDirty, true, 'the edit is left unsaved, like any edit');

    const updated = await eventually(async () => {
      const steps = await childrenOf('Run a design studio of my own with five designers');
      return row(steps, 'Design lead for the mobile apps').contextValue === 'careerPlan.step.done' ? steps : undefined;
    }, 'the tree to show the step done');
    assert.equal(row(updated, 'Design lead for the mobile apps').description, `done ${today()} · 1/2`);

    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), before);
  });

  it('ranks a gap higher and lower from its row, moving only its lines', async () => {
    const editor = await openWorkspacePlan(VIEWS_PLAN);
    const before = editor.document.getText();
    const third = row(await childrenOf('Gaps'), '3. Pricing and selling studio work');
    await vscode.commands.executeCommand('careerPlan.milestones.moveGapUp', third.node);
    const moved = await eventually(() => (editor.document.getText() !== before ? editor.document.getText() : undefined), 'the move');
    assert.equal(moved, applyEdits(before, moveGap(parsePlan(before), 2, -1)), 'the editor applied exactly the core edit');
    assert.deepEqual(parsePlan(moved).plan.gaps.map((gap) => gap.title.value), ['Presenting to executives', 'Pricing and selling studio work', 'Hiring designers']);

    const second = await eventually(async () => (await childrenOf('Gaps')).find((r) => r.label === '2. Pricing and selling studio work'), 'the tree to re-rank');
    await vscode.commands.executeCommand('careerPlan.milestones.moveGapDown', second.node);
    await eventually(() => (editor.document.getText() === before ? true : undefined), 'the gap back in third place');
  });

  it('adds and removes a root as a plan file appears and disappears on disk', async () => {
    const uri = workspaceUri('views/appeared.plan.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('---\ngoal: Teach data engineering at a university\nsteps:\n  - Guest lecturer\n---\n'));
    try {
      const root = await eventually(async () => (await treeRows()).find((r) => r.label === 'appeared.plan.md'), 'the new plan in the tree');
      assert.deepEqual(shown(root.children[0].children), ['Guest lecturer — no target date']);
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
    await rootGone('appeared.plan.md', 'the deleted plan gone from the tree');
  });

  it('lists a plan opened from outside the workspace while its editor is open, and drops it when closed', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'career-plan-outside-'));
    const file = path.join(folder, 'elsewhere.plan.md');
    fs.writeFileSync(file, '---\ngoal: Run a bakery of my own by 2031\nsteps:\n  - Night baker\n---\n');
    try {
      await vscode.window.showTextDocument(vscode.Uri.file(file));
      await rootsWith('elsewhere.plan.md');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await rootGone('elsewhere.plan.md', 'the closed outside plan gone from the tree', 15000);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('follows edits in the editor before they are saved', async () => {
    const editor = await openWorkspacePlan(VIEWS_PLAN);
    const at = editor.document.getText().indexOf('Northwind Studio');
    await editor.edit((edit) => edit.replace(new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + 'Northwind Studio'.length)), 'Northwind Design'));
    const companies = await eventually(async () => {
      const rows = await childrenOf('Target companies');
      return rows[0]?.label === 'Northwind Design' ? rows : undefined;
    }, 'the renamed company');
    assert.deepEqual(shown(companies), ['Northwind Design — high priority']);
  });
});
