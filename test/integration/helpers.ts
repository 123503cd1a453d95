// What most integration suites need first: the extension, activated, the fixture plan open, and a way to wait for the editor.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import manifest from '../../package.json';

export const EXTENSION_ID = `${manifest.publisher}.${manifest.name}`;

export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);
  await extension.activate();
  return extension;
}

/** Opens test/integration/workspace/career-plan.md in an editor. */
export async function openPlan(): Promise<vscode.TextEditor> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open');
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'career-plan.md'));
  return vscode.window.showTextDocument(document);
}

/** Polls until `check` returns a value (not undefined), or fails with its last error after `ms`: the editor answers asynchronously. */
export async function eventually<T>(check: () => Promise<T | undefined> | T | undefined, what: string, ms = 8000): Promise<T> {
  const until = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > until) throw last instanceof Error ? last : new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
