// "Convert to Frontmatter" in a real VS Code: offered as a refactor on a plan written without
// frontmatter; the command shows the file beside its converted text, then (accepted through the
// command's argument, as the dialog's Enter would) writes the frontmatter above the plan, byte for
// byte, as one edit that one undo takes back. The dialog itself, by keyboard, is a UI check.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CONVERT_COMMAND, CONVERT_KIND } from '../../src/extension/commands/convertToFrontmatter';
import { activateExtension, eventually } from './helpers';
import { closeAll } from './languageHelpers';
import { BRECHNER_FRONTMATTER as FRONTMATTER } from '../fixtures/convert/brechnerFrontmatter';

/** A plan as Brechner's template has it (test/fixtures/convert/brechner.md). */
const PLAN =
  [
    '# Career plan',
    '',
    'Career goal: Become a principal engineer at a product company.',
    '',
    'Senior engineer — 2027-09-30',
    'Staff engineer — 2029-06-30',
    'Principal engineer — 2031-12-31',
    '',
    'Gaps to reach next step (in order of significance):',
    '',
    '- Leading design reviews across teams',
    '- Writing for executives: one page, no jargon',
    '- Estimating large projects',
    '',
    '## Notes',
    '',
    'Talked to my manager on 2026-11-02; she suggested the design reviews first.',
    '',
  ].join('\n');


let opened = 0;
async function openBodyOnlyPlan(text: string): Promise<vscode.TextEditor> {
  const uri = vscode.Uri.from({ scheme: 'untitled', path: `career-plan-convert-${++opened}.md` });
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), text));
  return editor;
}

async function convertAction(uri: vscode.Uri): Promise<vscode.CodeAction> {
  return eventually(async () => {
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(2, 0, 2, 0), CONVERT_KIND.value)) ?? [];
    return actions.find((action) => action.command?.command === CONVERT_COMMAND);
  }, 'the convert code action');
}

describe('convert a body-only plan to frontmatter', () => {
  before(activateExtension);
  afterEach(closeAll);

  it('is offered as a refactor on a plan written without frontmatter, not on one with it', async () => {
    const editor = await openBodyOnlyPlan(PLAN);
    const action = await convertAction(editor.document.uri);
    assert.equal(action.kind?.value, CONVERT_KIND.value);
    assert.equal((action.command?.arguments?.[0] as vscode.Uri).toString(), editor.document.uri.toString());

    const converted = await openBodyOnlyPlan(FRONTMATTER + PLAN);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', converted.document.uri, new vscode.Range(2, 0, 2, 0), CONVERT_KIND.value)) ?? [];
    assert.deepEqual(actions.filter((candidate) => candidate.command?.command === CONVERT_COMMAND), []);
  });

  it('writes the frontmatter above the plan byte for byte, closes its preview, and one undo takes it back', async () => {
    const plan = PLAN;
    const editor = await openBodyOnlyPlan(plan);
    await convertAction(editor.document.uri);
    const written = await vscode.commands.executeCommand(CONVERT_COMMAND, editor.document.uri, { accept: true });
    assert.equal(written, true);
    assert.equal(editor.document.getText(), FRONTMATTER + plan);
    const previews = vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputTextDiff);
    assert.deepEqual(previews.map((tab) => tab.label), []);

    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), plan);
  });

  it('says there is nothing to convert in a plan that has frontmatter, and writes nothing', async () => {
    const text = FRONTMATTER + PLAN;
    const editor = await openBodyOnlyPlan(text);
    assert.equal(await vscode.commands.executeCommand(CONVERT_COMMAND, editor.document.uri, { accept: true }), false);
    assert.equal(editor.document.getText(), text);
  });
});
