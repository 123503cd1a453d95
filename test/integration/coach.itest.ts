// "Make this goal SMART…" in a real VS Code: offered as a quick fix on the goal's S, M and T
// findings, writing the rewritten goal and its target as one edit that one undo takes back, and
// writing nothing when the person presses Escape. The same flow by keyboard, through the quick
// picks, is a UI check (scripts/integration/ui-checks.ts).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { MAKE_GOAL_SMART_COMMAND } from '../../src/extension/commands/makeGoalSmart';
import { activateExtension } from './helpers';
import { closeAll, codeOf, diagnosticsWhen, eventually, hasRule, openUntitled } from './languageHelpers';

const VAGUE = ['---', 'goal: Grow as a leader # first draft', 'steps:', '  - title: Become a team lead', '    target: 2031-03-31', 'gaps:', '  - Giving feedback', '---', '', 'Notes stay as they are.', ''].join('\n');

describe('coach: make this goal SMART', () => {
  before(activateExtension);
  afterEach(closeAll);

  it('is offered as a quick fix on the goal’s vague-goal finding', async () => {
    const editor = await openUntitled(VAGUE);
    const [vague] = (await diagnosticsWhen(editor.document.uri, hasRule('CP101'), 'CP101')).filter((d) => codeOf(d) === 'CP101');
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, vague.range)) ?? [];
    const coach = actions.find((action) => action.title === 'Make this goal SMART…');
    assert.ok(coach, actions.map((action) => action.title).join(' | '));
    assert.equal(coach.command?.command, MAKE_GOAL_SMART_COMMAND);
    assert.equal((coach.command?.arguments?.[0] as vscode.Uri).toString(), editor.document.uri.toString());
  });

  it('writes the new sentence and the target as one edit, byte for byte, and one undo takes it back', async () => {
    const editor = await openUntitled(VAGUE);
    await diagnosticsWhen(editor.document.uri, hasRule('CP101'), 'CP101');
    const sentence = 'Lead the payments team at Acme, giving feedback in every one-to-one';
    const written = await vscode.commands.executeCommand(MAKE_GOAL_SMART_COMMAND, editor.document.uri, { what: 'giving feedback', measure: 'become a team lead', target: '2031-03-31', sentence });
    assert.equal(written, true);
    assert.equal(editor.document.getText(), VAGUE.replace('goal: Grow as a leader # first draft', `goal: ${sentence} # first draft\ntarget: 2031-03-31`));
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), VAGUE);
  });

  it('writes nothing when the person presses Escape at the first question', async () => {
    const editor = await openUntitled(VAGUE);
    await diagnosticsWhen(editor.document.uri, hasRule('CP101'), 'CP101');
    const version = editor.document.version;
    const running = vscode.commands.executeCommand(MAKE_GOAL_SMART_COMMAND, editor.document.uri);
    // The first question is a quick pick; closing it is what Escape does.
    await eventually(async () => {
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      return (await Promise.race([running, new Promise((resolve) => setTimeout(() => resolve('open'), 200))])) !== 'open' ? true : undefined;
    }, 'the question to close');
    assert.equal(await running, false);
    assert.equal(editor.document.version, version);
    assert.equal(editor.document.getText(), VAGUE);
  });

  it('refuses answers that are not text or not a date, writing nothing', async () => {
    const editor = await openUntitled(VAGUE);
    await diagnosticsWhen(editor.document.uri, hasRule('CP101'), 'CP101');
    assert.equal(await vscode.commands.executeCommand(MAKE_GOAL_SMART_COMMAND, editor.document.uri, { what: 'x', measure: 'y', target: '2031-02-30', sentence: 'z' }), false);
    assert.equal(editor.document.getText(), VAGUE);
  });
});
