// What the manifest contributes for a person's first minutes, seen from inside VS Code: the
// walkthrough's pictures and commands exist, and .career-plan.json files get the config schema.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension } from './helpers';
import { eventually, workspaceUri } from './languageHelpers';

interface WalkthroughStep {
  id: string;
  description: string;
  media: { svg?: string; image?: string; markdown?: string };
}

/** Every `command:` link of a step description, without its arguments. */
const commandLinks = (description: string): string[] => [...description.matchAll(/\(command:([\w.]+)/g)].map((match) => match[1]);

describe('package contributions', () => {
  let extension: vscode.Extension<unknown>;
  before(async () => {
    extension = await activateExtension();
  });

  it('every walkthrough step has a picture that ships and a command that exists', async () => {
    const [walkthrough] = extension.packageJSON.contributes.walkthroughs as { steps: WalkthroughStep[] }[];
    assert.ok(walkthrough.steps.length >= 4, `${walkthrough.steps.length} steps`);
    const commands = new Set(await vscode.commands.getCommands(false));
    for (const step of walkthrough.steps) {
      const picture = step.media.svg ?? step.media.image ?? step.media.markdown;
      assert.ok(picture, `${step.id} has no picture`);
      await vscode.workspace.fs.stat(vscode.Uri.joinPath(extension.extensionUri, picture));
      const links = commandLinks(step.description);
      assert.ok(links.length > 0, `${step.id} has no command link`);
      for (const command of links) assert.ok(commands.has(command), `${step.id} links to ${command}, which is not registered`);
    }
  });

  describe('a .career-plan.json file', () => {
    const folder = workspaceUri('package-itest');
    const config = vscode.Uri.joinPath(folder, '.career-plan.json');

    after(async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
    });

    it('is checked against the lint configuration schema', async () => {
      const text = '{\n  "rules": { "CP101": "off", "goal-vauge-verb": "off" },\n  "options": { "focusLimit": "two" }\n}\n';
      await vscode.workspace.fs.writeFile(config, new TextEncoder().encode(text));
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(config));
      const messages = await eventually(() => {
        // The JSON language server's, not the extension's own (configuration.itest.ts checks those).
        const found = vscode.languages.getDiagnostics(config).filter((d) => d.source !== 'Career Plan').map((d) => `${d.range.start.line}: ${d.message}`);
        return found.length >= 2 ? found : undefined;
      }, 'the JSON language server to check the file', 15_000);
      // The misspelt rule name and the option's type are wrong; the known rule id is fine.
      assert.deepEqual(messages.sort(), ['1: Property goal-vauge-verb is not allowed.', '2: Incorrect type. Expected "integer".']);
    });
  });
});
