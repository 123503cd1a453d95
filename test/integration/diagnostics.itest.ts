// Findings in the Problems panel while typing: which documents get them, what each carries (source,
// rule code with its documentation link, severity, exact range), how they follow edits, settings
// and closing, and that a late lint never replaces a newer one.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { rules } from '../../src/core/rules/registry';
import { activateExtension } from './helpers';
import { at, closeAll, codeOf, diagnosticsWhen, eventually, hasRule, keepFixturesUnsaved, lacksRule, languageUri, openUntitled, planDiagnostics, withSetting } from './languageHelpers';


const FORMAT_PLAN = 'format-problems.plan.md';

async function openFormatPlan(): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(languageUri(FORMAT_PLAN)));
}

const UNTITLED_PLAN = ['---', 'goal: Lead the data platform team', 'steps:', '  - title: Team lead', '    target: 2027-04-31', '---', ''].join('\n');

describe('diagnostics', () => {
  before(async () => {
    await keepFixturesUnsaved();
    await activateExtension();
  });
  afterEach(closeAll);

  it('reports an impossible date and an unknown key with source, code, link, severity and range', async () => {
    const editor = await openFormatPlan();
    const uri = editor.document.uri;
    const diagnostics = await diagnosticsWhen(uri, (d) => hasRule('CP004')(d) && hasRule('CP005')(d), 'CP004 and CP005');

    const date = diagnostics.find((d) => codeOf(d) === 'CP004')!;
    assert.equal(date.source, 'Career Plan');
    assert.equal(date.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(at(date.range), '4:12-4:22');
    assert.equal(editor.document.getText(date.range), '2027-02-30');
    assert.match(date.message, /February 2027 has 28 days/);
    const code = date.code as { value: string; target: vscode.Uri };
    assert.ok(code.target.path.endsWith('/docs/rules/CP004.md'), code.target.toString());

    const key = diagnostics.find((d) => codeOf(d) === 'CP005')!;
    assert.equal(key.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(editor.document.getText(key.range), 'targt');
    assert.equal(at(key.range), '6:4-6:9');
  });

  it('prefixes a SMART rule\'s message with its criterion and leaves format messages as they are', async () => {
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(languageUri('vague.plan.md')));
    const smartRules = rules.filter((rule) => rule.criterion !== null).length;
    await new Promise((resolve) => setTimeout(resolve, 800));
    const diagnostics = await diagnosticsWhen(editor.document.uri, (d) => smartRules === 0 || d.length > 0, 'findings of the vague plan');
    for (const diagnostic of diagnostics) {
      const smart = /^CP[1-5]/.test(codeOf(diagnostic) ?? '');
      if (smart) assert.match(diagnostic.message, /^\[[SMART]\] /, diagnostic.message);
      else assert.doesNotMatch(diagnostic.message, /^\[/, diagnostic.message);
    }
  });

  it('follows edits: fixing the date clears its finding and a new mistake brings one back', async () => {
    const editor = await openFormatPlan();
    const uri = editor.document.uri;
    const [date] = await diagnosticsWhen(uri, hasRule('CP004'), 'CP004').then((d) => d.filter((x) => codeOf(x) === 'CP004'));
    await editor.edit((edit) => edit.replace(date.range, '2027-02-28'));
    await diagnosticsWhen(uri, lacksRule('CP004'), 'CP004 gone after the fix');
    const line = editor.document.lineAt(4);
    await editor.edit((edit) => edit.replace(line.range, '    target: next spring'));
    const back = await diagnosticsWhen(uri, hasRule('CP004'), 'CP004 back');
    assert.equal(editor.document.getText(back.find((d) => codeOf(d) === 'CP004')!.range), 'next spring');
  });

  it('shows the findings of the last text after a burst of edits', async () => {
    const editor = await openUntitled(UNTITLED_PLAN);
    const uri = editor.document.uri;
    await diagnosticsWhen(uri, hasRule('CP004'), 'CP004 in the untitled plan');
    const dates = ['2027-04-30', '2027-04-32', '2027-05-01', '2027-06-31', '2027-06-30'];
    for (const date of dates) {
      const line = editor.document.lineAt(4);
      await editor.edit((edit) => edit.replace(line.range, `    target: ${date}`));
    }
    await diagnosticsWhen(uri, lacksRule('CP004'), 'no CP004 for the last, valid date');
    // Nothing computed for an earlier version may land afterwards.
    await new Promise((resolve) => setTimeout(resolve, 800));
    assert.deepEqual(planDiagnostics(uri, 'CP004'), []);
  });

  it('checks only plans: a Markdown file without plan frontmatter gets nothing', async () => {
    const editor = await openUntitled('# Shopping list\n\n- milk (due 2027-02-30)\n');
    await new Promise((resolve) => setTimeout(resolve, 800));
    assert.deepEqual(planDiagnostics(editor.document.uri), []);
  });

  it('clears a document that stops being a plan, and one that closes', async () => {
    const editor = await openUntitled(UNTITLED_PLAN);
    const uri = editor.document.uri;
    await diagnosticsWhen(uri, hasRule('CP004'), 'CP004');
    await editor.edit((edit) => edit.replace(new vscode.Range(0, 0, 3, 0), 'Just notes now\n\n'));
    await diagnosticsWhen(uri, (d) => d.length === 0, 'no findings once it is no plan');

    const plan = await openFormatPlan();
    await diagnosticsWhen(plan.document.uri, hasRule('CP004'), 'CP004 in the workspace plan');
    await closeAll();
    await diagnosticsWhen(plan.document.uri, (d) => d.length === 0, 'no findings after closing');
  });

  it('applies careerPlan.rules: a rule turned off disappears, another changes severity', async () => {
    const editor = await openFormatPlan();
    const uri = editor.document.uri;
    await diagnosticsWhen(uri, hasRule('CP005'), 'CP005');
    const restore = await withSetting('rules', { CP005: 'off', 'date-invalid': 'info' });
    try {
      const diagnostics = await diagnosticsWhen(uri, (d) => lacksRule('CP005')(d) && d.some((x) => codeOf(x) === 'CP004' && x.severity === vscode.DiagnosticSeverity.Information), 'CP005 off, CP004 as info');
      assert.ok(diagnostics.length > 0);
    } finally {
      await restore();
    }
    await diagnosticsWhen(uri, hasRule('CP005'), 'CP005 back once the setting is gone');
  });

  it('with lint.onType off, checks on save instead of while typing', async () => {
    const uri = languageUri('on-save.plan.md');
    const original = new TextEncoder().encode(UNTITLED_PLAN);
    await vscode.workspace.fs.writeFile(uri, original);
    const restore = await withSetting('lint.onType', false);
    try {
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      await diagnosticsWhen(uri, hasRule('CP004'), 'CP004 on open');
      await editor.edit((edit) => edit.replace(editor.document.lineAt(4).range, '    target: 2027-04-30'));
      await new Promise((resolve) => setTimeout(resolve, 1000));
      assert.ok(planDiagnostics(uri, 'CP004').length > 0, 'typing alone should not re-check');
      await editor.document.save();
      await diagnosticsWhen(uri, lacksRule('CP004'), 'CP004 gone after saving');
    } finally {
      await restore();
      await closeAll();
      await vscode.workspace.fs.delete(uri);
    }
    await eventually(() => (planDiagnostics(uri).length === 0 ? true : undefined), 'no findings for the deleted file');
  });

  it('judges a goal with the learned reader once it has loaded, quoting the words that weighed most', async () => {
    // The rules find no finish line but something named ("empathy", "work"); the learned reader,
    // loaded a moment after the first plan's findings, reads the goal as naming nothing concrete.
    const editor = await openUntitled(['---', 'goal: Make empathy central to my work', 'steps:', '  - title: Team lead', '    target: 2027-04-30', '---', ''].join('\n'));
    const diagnostics = await diagnosticsWhen(editor.document.uri, (d) => hasRule('CP101')(d) && hasRule('CP201')(d), 'CP101 of the learned reader', 15000);
    assert.match(diagnostics.find((d) => codeOf(d) === 'CP101')!.message, /read as a whole, it names nothing concrete to aim at \(what weighs most: “[^”]+”/);
  });

  it('judges an open plan’s goal with its sentence vector once the encoder has loaded: word order counts', async () => {
    // Word by word this goal names something ("presence", "meetings"), and the reader of words lets
    // it pass; read as a sentence by the Universal Sentence Encoder, it names nothing to aim at.
    const editor = await openUntitled(['---', 'goal: Be a stronger presence in meetings', 'steps:', '  - title: Team lead', '    target: 2027-04-30', '---', ''].join('\n'));
    await diagnosticsWhen(editor.document.uri, hasRule('CP101'), 'CP101 of the sentence stage', 30000);
  });

  it('with careerPlan.lint.readSentences off, judges an open plan’s goal by its words alone', async () => {
    const restore = await withSetting('lint.readSentences', false);
    try {
      const editor = await openUntitled(['---', 'goal: Be a stronger presence in meetings', 'steps:', '  - title: Team lead', '    target: 2027-05-31', '---', ''].join('\n'));
      // Long enough for the reader's table to load and the goal to be judged again with it.
      await diagnosticsWhen(editor.document.uri, hasRule('CP501'), 'the goal judged');
      await new Promise((resolve) => setTimeout(resolve, 3000));
      assert.equal(planDiagnostics(editor.document.uri, 'CP101').length, 0);
    } finally {
      await restore();
    }
  });
});
