// The harness itself: the fixture workspace opens, the extension loads and activates, and the
// command registry answers. If this fails, every other suite's failure is noise.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, EXTENSION_ID, openPlan } from './helpers';

describe('activation', () => {
  it('opens the fixture plan from the workspace', async () => {
    const editor = await openPlan();
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), editor.document.uri.toString());
    assert.match(editor.document.getText(), /^---\ngoal: /);
  });

  it(`activates ${EXTENSION_ID}`, async () => {
    const extension = await activateExtension();
    assert.equal(extension.isActive, true);
  });

  it('lists the registered commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('workbench.action.files.save'), `${commands.length} commands, none of them save`);
  });
});
