// Quick fixes in a real VS Code: a finding's own fix, "fix all of this rule", a suggestion,
// disabling a rule for one line (a YAML comment in the frontmatter), the rule's documentation, and
// source.fixAll — each applied through the editor and checked in the resulting text and diagnostics.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { rules } from '../../src/core/rules/registry';
import { activateExtension } from './helpers';
import { closeAll, codeOf, diagnosticsWhen, hasRule, keepFixturesUnsaved, lacksRule, languageUri, planDiagnostics } from './languageHelpers';

async function open(name: string): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(languageUri(name)));
}

async function actionsAt(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  const all = (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range, kind)) ?? [];
  return all.filter((action): action is vscode.CodeAction => 'title' in action && ('edit' in action || 'kind' in action));
}

function titled(actions: readonly vscode.CodeAction[], title: string): vscode.CodeAction {
  const action = actions.find((candidate) => candidate.title === title);
  assert.ok(action, `no action "${title}" among: ${actions.map((a) => a.title).join(' | ')}`);
  return action;
}

const fixableRules = rules.filter((rule) => rule.fixable);

describe('code actions', () => {
  before(async () => {
    await keepFixturesUnsaved();
    await activateExtension();
  });
  afterEach(closeAll);

  it('disables a rule for one frontmatter line with an indented YAML comment', async () => {
    const editor = await open('format-problems.plan.md');
    const uri = editor.document.uri;
    const [unknownKey] = (await diagnosticsWhen(uri, hasRule('CP005'), 'CP005')).filter((d) => codeOf(d) === 'CP005');
    const actions = await actionsAt(uri, unknownKey.range);
    const disable = titled(actions, 'Disable CP005 for this line');
    assert.equal(disable.kind?.value, vscode.CodeActionKind.QuickFix.value);
    assert.ok(disable.edit);
    assert.ok(await vscode.workspace.applyEdit(disable.edit));

    assert.equal(editor.document.lineAt(6).text, '    # career-plan-disable-next-line CP005');
    assert.equal(editor.document.lineAt(7).text, '    targt: 2029-01-31');
    await diagnosticsWhen(uri, (d) => lacksRule('CP005')(d) && hasRule('CP004')(d), 'CP005 silenced, CP004 still there');
  });

  it('suggests renaming a misspelt key, applied on its own and never by Fix all', async () => {
    const editor = await open('format-problems.plan.md');
    const uri = editor.document.uri;
    const [unknownKey] = (await diagnosticsWhen(uri, hasRule('CP005'), 'CP005')).filter((d) => codeOf(d) === 'CP005');
    const rename = titled(await actionsAt(uri, unknownKey.range), 'Rename `targt` to `target`');
    assert.equal(rename.kind?.value, vscode.CodeActionKind.QuickFix.value);
    assert.notEqual(rename.isPreferred, true);
    const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
    const fixAll = (await actionsAt(uri, whole, 'source.fixAll.careerPlan'))[0];
    assert.ok(!fixAll?.edit?.get(uri).some((edit) => edit.newText === 'target'), 'Fix all renamed the key');
    assert.ok(await vscode.workspace.applyEdit(rename.edit!));
    assert.equal(editor.document.lineAt(6).text, '    target: 2029-01-31');
    await diagnosticsWhen(uri, (d) => lacksRule('CP005')(d) && hasRule('CP004')(d), 'CP005 gone, CP004 still there');
  });

  it('offers the rule\'s documentation, shipped with the extension', async () => {
    const editor = await open('format-problems.plan.md');
    const [date] = (await diagnosticsWhen(editor.document.uri, hasRule('CP004'), 'CP004')).filter((d) => codeOf(d) === 'CP004');
    const docs = titled(await actionsAt(editor.document.uri, date.range), 'Show documentation for CP004');
    // The API hands `vscode.open` back under its internal name.
    assert.match(docs.command?.command ?? '', /^(vscode|_workbench)\.open$/);
    const target = docs.command?.arguments?.[0] as vscode.Uri;
    assert.ok(target.path.endsWith('/docs/rules/CP004.md'), target.toString());
  });

  it('offers no fix, and no "fix all" of its rule, for a finding without one', async () => {
    const editor = await open('format-problems.plan.md');
    const [date] = (await diagnosticsWhen(editor.document.uri, hasRule('CP004'), 'CP004')).filter((d) => codeOf(d) === 'CP004');
    const titles = (await actionsAt(editor.document.uri, date.range)).map((action) => action.title);
    assert.deepEqual(titles.filter((title) => !/^(Disable|Show documentation)/.test(title)), []);
  });

  it('inserts a step\'s missing target date with its fix, and fixes every step with "fix all"', async function () {
    if (!rules.some((rule) => rule.id === 'CP601' && rule.fixable)) this.skip();
    const editor = await open('vague.plan.md');
    const uri = editor.document.uri;
    const missing = (await diagnosticsWhen(uri, (d) => d.filter((x) => codeOf(x) === 'CP601').length === 2, 'two CP601')).filter((d) => codeOf(d) === 'CP601');
    const actions = await actionsAt(uri, missing[0].range);
    const fix = actions.find((action) => action.isPreferred && action.title.startsWith('Insert a target date'));
    assert.ok(fix?.edit, actions.map((a) => a.title).join(' | '));
    assert.match(fix.title, /target date/);
    titled(actions, 'Fix all CP601 problems in this file');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(editor.document.lineAt(4).text, /^ {4}target: \d{4}-\d{2}-\d{2}$/);
    await diagnosticsWhen(uri, (d) => d.filter((x) => codeOf(x) === 'CP601').length === 1, 'one CP601 left');
    await closeAll();

    const again = await open('vague.plan.md');
    const [first] = (await diagnosticsWhen(again.document.uri, (d) => d.filter((x) => codeOf(x) === 'CP601').length === 2, 'two CP601 again')).filter((d) => codeOf(d) === 'CP601');
    const fixAll = titled(await actionsAt(again.document.uri, first.range), 'Fix all CP601 problems in this file');
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit!));
    const targets = again.document.getText().split('\n').filter((line) => /^ {4}target: /.test(line));
    assert.equal(targets.length, 2);
    await diagnosticsWhen(again.document.uri, lacksRule('CP601'), 'no CP601 left');
  });

  it('turns a bare gap into a mapping with an action to fill in', async function () {
    if (!rules.some((rule) => rule.id === 'CP604' && rule.fixable)) this.skip();
    const editor = await open('vague.plan.md');
    const uri = editor.document.uri;
    const noAction = (await diagnosticsWhen(uri, (d) => d.filter((x) => codeOf(x) === 'CP604').length === 2, 'two CP604')).filter((d) => codeOf(d) === 'CP604');
    const first = noAction.find((d) => editor.document.getText(d.range) === 'Communication')!;
    const fix = (await actionsAt(uri, first.range)).find((action) => action.isPreferred && action.title === 'Add an action to fill in');
    assert.ok(fix?.edit);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(editor.document.getText(), /- title: Communication\n {4}actions:\n {6}- /);
    const left = await diagnosticsWhen(uri, (d) => d.filter((x) => codeOf(x) === 'CP604').length === 1, 'one CP604 left');
    assert.equal(editor.document.getText(left.find((d) => codeOf(d) === 'CP604')!.range), 'Delegation');
  });

  it('fixes every fixable finding with source.fixAll.careerPlan', async function () {
    if (fixableRules.length === 0) this.skip();
    const editor = await open('vague.plan.md');
    const uri = editor.document.uri;
    await diagnosticsWhen(uri, (d) => d.length > 0, 'findings of the vague plan');
    const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
    const [fixAll] = await actionsAt(uri, whole, 'source.fixAll.careerPlan');
    if (!fixAll) this.skip();
    assert.equal(fixAll.title, 'Fix all Career Plan problems');
    assert.equal(fixAll.kind?.value, 'source.fixAll.careerPlan');
    const fixable = new Set(fixableRules.map((rule) => rule.id));
    const countFixable = (diagnostics: vscode.Diagnostic[]) => diagnostics.filter((d) => fixable.has(codeOf(d) ?? '')).length;
    const before = countFixable(planDiagnostics(uri));
    const text = editor.document.getText();
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit!));
    assert.notEqual(editor.document.getText(), text);
    await diagnosticsWhen(uri, (d) => countFixable(d) < before, 'fewer findings of fixable rules');
  });

  it('runs Fix all on save for source.fixAll.careerPlan, not for a generic source.fixAll set up for a code linter', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'career-plan-on-save-'));
    const file = path.join(dir, 'on-save.plan.md');
    writeFileSync(file, '---\ngoal: Become engineering manager of a product team at Acme by 2028\ntarget: 2028-06-30\nvalues: [craft]\nsteps:\n  - title: Team lead\n---\n');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file));
    const settings = () => vscode.workspace.getConfiguration('editor');
    const saveWith = async (codeActionsOnSave: Record<string, string>) => {
      await settings().update('codeActionsOnSave', codeActionsOnSave, vscode.ConfigurationTarget.Global);
      await editor.edit((edit) => edit.insert(new vscode.Position(editor.document.lineCount - 1, 0), 'Notes.\n'));
      assert.ok(await editor.document.save());
      return editor.document.getText();
    };
    try {
      await diagnosticsWhen(editor.document.uri, hasRule('CP601'), 'CP601 on the step without a target');
      assert.doesNotMatch(await saveWith({ 'source.fixAll': 'always' }), /target: \d{4}-\d{2}-\d{2}\n {2}/, 'a generic source.fixAll wrote a placeholder');
      assert.match(await saveWith({ 'source.fixAll.careerPlan': 'always' }), /- title: Team lead\n {4}target: \d{4}-\d{2}-\d{2}\n/);
    } finally {
      await settings().update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Global);
      await closeAll();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
