// The views side's palette commands in a real VS Code, each run with its arguments in place of the
// questions it would ask: the plan each writes or edits, and what each shows.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import manifest from '../../package.json';
import { describeTarget } from '../../src/core/schedule/countdown';
import { addDays } from '../../src/core/calendar/dates';
import { parsePlan } from '../../src/core/parse/parsePlan';
import { activateExtension } from './helpers';
import { discardActiveEditor, eventually, expectedCountdown, insertedLine, openUntitled, today } from './viewsHelpers';

const OURS = [
  'careerPlan.newPlan',
  'careerPlan.addStep',
  'careerPlan.addGap',
  'careerPlan.markNextStepDone',
  'careerPlan.closeGap',
  'careerPlan.copySummary',
  'careerPlan.showNextTarget',
  'careerPlan.milestones.markStepDone',
  'careerPlan.milestones.moveGapUp',
  'careerPlan.milestones.moveGapDown',
];

const PLAN = `---
goal: Become a principal engineer
steps:
  - title: Staff engineer
    target: 2090-01-31
    done: 2090-01-02
  - title: Principal engineer
    target: 2095-06-30
gaps:
  - title: Writing for a wide audience
---
`;

/** Waits for the document to change from `before` and returns its new text. */
function changed(document: vscode.TextDocument, before: string): Promise<string> {
  return eventually(() => (document.getText() !== before ? document.getText() : undefined), 'the document to change');
}

describe('plan commands', () => {
  before(activateExtension);
  afterEach(discardActiveEditor);

  it('registers every command it contributes, each under the Career Plan category', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(OURS.filter((id) => !registered.has(id)), []);
    const contributed = new Map<string, { category?: string }>(manifest.contributes.commands.map((c) => [c.command, c]));
    for (const id of OURS) assert.equal(contributed.get(id)?.category, 'Career Plan', id);
  });

  it('New Career Plan writes a plan the parser reads without a problem into an untitled file', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('careerPlan.newPlan', {
      goal: 'Lead a platform group: three teams',
      target: '2031-12-31',
      steps: [{ title: 'Tech lead', target: '2028-06-30' }, { title: 'Engineering manager' }],
      gap: 'Budget ownership',
    });
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), uri?.toString());
    assert.equal(editor?.document.isUntitled, true);
    assert.equal(editor?.document.languageId, 'markdown');
    const parsed = parsePlan(editor?.document.getText() ?? '');
    assert.deepEqual(parsed.problems, []);
    assert.equal(parsed.plan.goal?.value, 'Lead a platform group: three teams');
    assert.deepEqual(parsed.plan.steps.map((s) => [s.title.value, s.target?.value]), [['Tech lead', '2028-06-30'], ['Engineering manager', undefined]]);
    assert.deepEqual(parsed.plan.gaps.map((g) => g.title.value), ['Budget ownership']);
  });

  it('New Career Plan checks answers passed as an argument as if typed: no plan from a date that does not exist, line breaks flattened', async () => {
    const before = vscode.window.activeTextEditor?.document.uri.toString();
    assert.equal(await vscode.commands.executeCommand('careerPlan.newPlan', { goal: 'Lead a team', target: '2031-02-30', steps: [] }), undefined);
    assert.equal(await vscode.commands.executeCommand('careerPlan.newPlan', { goal: 42, steps: [] }), undefined);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), before);
    const uri = await vscode.commands.executeCommand<vscode.Uri>('careerPlan.newPlan', { goal: 'Lead a team', steps: [{ title: 'Tech\nlead' }], gap: 'Budget\nownership\n- injected: true' });
    const parsed = parsePlan(vscode.window.activeTextEditor?.document.getText() ?? '');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri?.toString());
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.plan.steps.map((s) => s.title.value), ['Tech lead']);
    assert.deepEqual(parsed.plan.gaps.map((g) => g.title.value), ['Budget ownership - injected: true']);
  });

  it('Add Step appends a dated step and nothing else', async () => {
    const editor = await openUntitled(PLAN);
    assert.equal(editor.document.getText(), PLAN);
    assert.equal(await vscode.commands.executeCommand('careerPlan.addStep', editor.document.uri, 'Distinguished engineer', '2099-01-31'), true);
    const after = await changed(editor.document, PLAN);
    const plan = parsePlan(after).plan;
    assert.deepEqual(plan.steps.map((s) => s.title.value), ['Staff engineer', 'Principal engineer', 'Distinguished engineer'], after);
    assert.equal(plan.steps[2].target?.value, '2099-01-31');
    assert.equal(after.split('\n').length, PLAN.split('\n').length + 2);
    assert.ok(after.startsWith(PLAN.slice(0, PLAN.indexOf('gaps:'))), 'lines before the new step changed');
  });

  it('Add Gap appends a gap at the bottom of the ranking and nothing else', async () => {
    const editor = await openUntitled(PLAN);
    await vscode.commands.executeCommand('careerPlan.addGap', editor.document.uri, 'Mentoring staff engineers');
    const inserted = insertedLine(PLAN, await changed(editor.document, PLAN));
    assert.equal(inserted.text, '  - title: Mentoring staff engineers');
  });

  it('Mark Next Step Done marks the first step not yet reached in the active plan, today', async () => {
    const editor = await openUntitled(PLAN);
    assert.equal(await vscode.commands.executeCommand('careerPlan.markNextStepDone'), 'Well done: you reached “Principal engineer”! That was the last step on the way to “Become a principal engineer”: take a moment to enjoy it, then decide where to go next.');
    const inserted = insertedLine(PLAN, await changed(editor.document, PLAN));
    assert.equal(inserted.text, `    done: ${today()}`);
    assert.equal(PLAN.split('\n')[inserted.line - 1], '    target: 2095-06-30');
  });

  it('Show Next Target names the nearest target and shows it in its plan', async () => {
    const untitled = PLAN.replace('2095-06-30', addDays(today(), 1));
    const editor = await openUntitled(untitled);
    const expected = await expectedCountdown([untitled]);
    assert.equal(expected?.target.title, 'Principal engineer');
    const said = await vscode.commands.executeCommand<string>('careerPlan.showNextTarget');
    assert.equal(said, describeTarget(expected.target));
    assert.equal(vscode.window.activeTextEditor?.document, editor.document);
    assert.equal(editor.document.getText(vscode.window.activeTextEditor?.selection), addDays(today(), 1));
  });
});
