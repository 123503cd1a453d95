// The status-bar countdown in a real VS Code: its text across the workspace and for the active plan,
// its colours by urgency, its escaped tooltip, and the place it reveals.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { countdownText } from '../../src/core/schedule/countdown';
import { addDays } from '../../src/core/calendar/dates';
import { SETTING_DEFAULTS } from '../../src/core/settings/defaults';
import { activateExtension } from './helpers';
import { discardActiveEditor, eventually, expectedCountdown, openUntitled, statusBar, today, type StatusBarSnapshot } from './viewsHelpers';

const settings = () => vscode.workspace.getConfiguration('careerPlan');

function planDue(title: string, days: number): string {
  return `---\ngoal: Move into engineering management\nsteps:\n  - title: ${title}\n    target: ${addDays(today(), days)}\n---\n`;
}

/** Waits until the status bar shows `text`. */
function showing(text: string): Promise<StatusBarSnapshot> {
  return eventually(async () => {
    const snapshot = await statusBar();
    return snapshot.visible && snapshot.text === text ? snapshot : undefined;
  }, `the status bar to show "${text}"`).catch(async (error) => {
    throw new Error(`${(error as Error).message}; it shows ${JSON.stringify(await statusBar())}`);
  });
}

describe('status-bar countdown', () => {
  before(activateExtension);

  it('counts down to the nearest unreached step or goal target across the workspace, and reveals it', async () => {
    const expected = await expectedCountdown();
    assert.ok(expected, 'the fixture workspace has no dated step ahead');
    const snapshot = await showing(`$(milestone) ${countdownText(expected.target, SETTING_DEFAULTS['countdown.format'])}`);
    assert.match(snapshot.tooltip ?? '', /^\*\*Next career targets\*\*/);
    assert.equal(snapshot.tooltipTrusted, false);

    assert.ok(snapshot.command);
    await vscode.commands.executeCommand(snapshot.command.command, ...(snapshot.command.arguments ?? []));
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), expected.key);
    assert.equal(editor?.document.getText(editor.selection), expected.target.date);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  describe('for the plan in the active editor', () => {
    before(() => settings().update('countdown.scope', 'activePlan', vscode.ConfigurationTarget.Global));
    after(async () => {
      await settings().update('countdown.scope', undefined, vscode.ConfigurationTarget.Global);
      await settings().update('reminderLeadDays', undefined, vscode.ConfigurationTarget.Global);
      await settings().update('countdown.format', undefined, vscode.ConfigurationTarget.Global);
    });
    afterEach(discardActiveEditor);

    it('turns to the warning colours within the reminder lead time', async () => {
      await openUntitled(planDue('Interview loop at Acme', 5));
      const snapshot = await showing('$(milestone) Interview loop at Acme · 5 days');
      assert.equal(snapshot.background, 'statusBarItem.warningBackground');
    });

    it('turns to the error colours when the target has passed', async () => {
      await openUntitled(planDue('Interview loop at Acme', -3));
      const snapshot = await showing('$(milestone) Interview loop at Acme · overdue by 3 days');
      assert.equal(snapshot.background, 'statusBarItem.errorBackground');
    });

    it('has no colour further away than the reminder lead time, and follows that setting', async () => {
      await openUntitled(planDue('Interview loop at Acme', 5));
      await showing('$(milestone) Interview loop at Acme · 5 days');
      await settings().update('reminderLeadDays', 2, vscode.ConfigurationTarget.Global);
      const snapshot = await eventually(async () => {
        const s = await statusBar();
        return s.background === undefined ? s : undefined;
      }, 'the colour to go');
      assert.equal(snapshot.text, '$(milestone) Interview loop at Acme · 5 days');
    });

    it('shows plan text as text: icon syntax and Markdown in a title are escaped', async () => {
      await openUntitled(planDue('Ship $(rocket) **v2**', 9));
      const snapshot = await showing('$(milestone) Ship \\$(rocket) **v2** · 9 days');
      // appendText escapes Markdown (and writes spaces as &nbsp;): the title is shown, never rendered.
      const tooltip = snapshot.tooltip ?? '';
      assert.ok(tooltip.includes('$\\(rocket\\)') && tooltip.includes('\\*\\*v2\\*\\*') && !tooltip.includes('**v2**'), tooltip);
      assert.equal(snapshot.tooltipTrusted, false);
    });

    it('follows the countdown.format setting, keeping icons written there', async () => {
      await openUntitled(planDue('Interview loop at Acme', 5));
      await settings().update('countdown.format', '{days} to {title} $(calendar) {date}', vscode.ConfigurationTarget.Global);
      try {
        await showing(`$(milestone) 5 days to Interview loop at Acme $(calendar) ${addDays(today(), 5)}`);
      } finally {
        await settings().update('countdown.format', undefined, vscode.ConfigurationTarget.Global);
      }
    });

    it('follows the plan as it is edited', async () => {
      const editor = await openUntitled(planDue('Interview loop at Acme', 5));
      await showing('$(milestone) Interview loop at Acme · 5 days');
      const at = editor.document.getText().indexOf('Interview loop at Acme');
      await editor.edit((edit) => edit.replace(new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + 9)), 'Panel'));
      await showing('$(milestone) Panel loop at Acme · 5 days');
    });
  });
});
