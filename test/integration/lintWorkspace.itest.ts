// "Lint workspace": findings of plans no editor shows come from disk, follow the files as they
// change, appear and go away, and hand over to the editor's own findings when a plan is opened.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension } from './helpers';
import { at, closeAll, codeOf, diagnosticsWhen, hasRule, keepFixturesUnsaved, lacksRule, languageUri, planDiagnostics } from './languageHelpers';

const CLOSED = languageUri('closed.plan.md');
const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('lint workspace', () => {
  let original = '';

  before(async () => {
    await keepFixturesUnsaved();
    await activateExtension();
    original = decode(await vscode.workspace.fs.readFile(CLOSED));
  });

  afterEach(async () => {
    await closeAll();
    if (decode(await vscode.workspace.fs.readFile(CLOSED)) !== original) await vscode.workspace.fs.writeFile(CLOSED, encode(original));
  });

  it('puts the findings of a plan that is not open into the Problems panel', async () => {
    assert.ok(!vscode.workspace.textDocuments.some((document) => document.uri.toString() === CLOSED.toString()), 'closed.plan.md must not be open yet');
    const result = await vscode.commands.executeCommand<{ plans: number; problems: number }>('careerPlan.lintWorkspace');
    assert.ok(result && result.plans >= 4, JSON.stringify(result));
    assert.ok(result.problems >= 3, JSON.stringify(result));
    const [date] = (await diagnosticsWhen(CLOSED, hasRule('CP004'), 'CP004 of the closed plan')).filter((d) => codeOf(d) === 'CP004');
    assert.equal(at(date.range), '4:12-4:22');
    assert.equal(date.source, 'Career Plan');
    assert.ok((date.code as { target: vscode.Uri }).target.path.endsWith('/docs/rules/CP004.md'));
  });

  it('follows a plan as it changes on disk', async () => {
    await vscode.commands.executeCommand('careerPlan.lintWorkspace');
    await diagnosticsWhen(CLOSED, hasRule('CP004'), 'CP004 from disk');
    await vscode.workspace.fs.writeFile(CLOSED, encode(original.replace('    target: 2027-13-01', '    targt: 2027-12-01')));
    await diagnosticsWhen(CLOSED, (d) => lacksRule('CP004')(d) && hasRule('CP005')(d), 'the rewritten file\'s findings', 15000);
    await vscode.workspace.fs.writeFile(CLOSED, encode(original));
    await diagnosticsWhen(CLOSED, (d) => hasRule('CP004')(d) && lacksRule('CP005')(d), 'the original findings again', 15000);
  });

  it('lists a new plan, and drops it when it is deleted', async () => {
    await vscode.commands.executeCommand('careerPlan.lintWorkspace');
    const fresh = languageUri('fresh.plan.md');
    await vscode.workspace.fs.writeFile(fresh, encode('---\ngoal: Teach a course on data engineering\nsteps:\n  - title: Guest lecture\n    target: 2027-02-29\n---\n'));
    try {
      await diagnosticsWhen(fresh, hasRule('CP004'), 'CP004 of the new file', 15000);
    } finally {
      await vscode.workspace.fs.delete(fresh);
    }
    await diagnosticsWhen(fresh, (d) => d.length === 0, 'nothing for the deleted file', 15000);
  });

  it('hands an opened plan over to the editor, and takes it back from disk when closed', async () => {
    await vscode.commands.executeCommand('careerPlan.lintWorkspace');
    await diagnosticsWhen(CLOSED, hasRule('CP004'), 'CP004 from disk');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(CLOSED));
    const date = editor.document.lineAt(4).range;
    await editor.edit((edit) => edit.replace(date, '    target: 2027-12-01'));
    // Unsaved: the editor's text wins, and the disk's finding is not listed beside it.
    await diagnosticsWhen(CLOSED, lacksRule('CP004'), 'no CP004 for the edited text');
    assert.equal(planDiagnostics(CLOSED, 'CP004').length, 0);
    await closeAll();
    const back = await diagnosticsWhen(CLOSED, hasRule('CP004'), 'CP004 from disk after closing', 15000);
    assert.equal(back.filter((d) => codeOf(d) === 'CP004').length, 1);
  });
});
