// What the language-feature suites (diagnostics, code actions, hovers, completion, lenses, symbols,
// lint workspace) share: their fixture plans, our diagnostics of a document, and waiting for them.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { localToday, type IsoDate } from '../../src/core/calendar/dates';
import { eventually } from './helpers';

// Suites take it from here with the rest of their helpers.
export { eventually };

export const SOURCE = 'Career Plan';

/** The extension's clock is the local calendar day in these runs (CAREER_PLAN_TODAY is not set). */
export const today = (): IsoDate => localToday();

export function workspaceUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, relative);
}

let untitledCount = 0;

/**
 * Opens a new untitled Markdown document with this text in an editor. Each gets a name of its own:
 * VS Code reuses "Untitled-1" once it is closed, and a new document under an old name must not be
 * mistaken for the old one by the store (it caches plans by URI and version).
 */
export async function openUntitled(content: string): Promise<vscode.TextEditor> {
  const uri = vscode.Uri.from({ scheme: 'untitled', path: `language-suite-${++untitledCount}.md` });
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), content));
  return editor;
}

export function languageUri(name: string): vscode.Uri {
  return workspaceUri(`language/${name}`);
}

export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/** Our diagnostics of a document, in the order VS Code holds them. */
export function planDiagnostics(uri: vscode.Uri, ruleId?: string): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE && (ruleId === undefined || codeOf(d) === ruleId));
}

/** Waits until our diagnostics of a document pass `check`, and returns them. */
export function diagnosticsWhen(uri: vscode.Uri, check: (diagnostics: vscode.Diagnostic[]) => boolean, what: string, ms?: number): Promise<vscode.Diagnostic[]> {
  return eventually(() => {
    const diagnostics = planDiagnostics(uri);
    return check(diagnostics) ? diagnostics : undefined;
  }, what, ms);
}

export const hasRule = (ruleId: string) => (diagnostics: vscode.Diagnostic[]) => diagnostics.some((d) => codeOf(d) === ruleId);
export const lacksRule = (ruleId: string) => (diagnostics: vscode.Diagnostic[]) => !diagnostics.some((d) => codeOf(d) === ruleId);

/** A range as `line:character-line:character`, for compact assertions. */
export function at(range: vscode.Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

/** Sets a user-level setting for the rest of a test; returns the function that puts it back. */
export async function withSetting(key: string, value: unknown): Promise<() => Thenable<void>> {
  const config = vscode.workspace.getConfiguration('careerPlan');
  const before = config.inspect(key)?.globalValue;
  await config.update(key, value, vscode.ConfigurationTarget.Global);
  return () => vscode.workspace.getConfiguration('careerPlan').update(key, before, vscode.ConfigurationTarget.Global);
}

/**
 * VS Code for the Web saves edits after a delay by default, which would write the suites' edits
 * into the fixture files; these suites edit and then revert, so saving is left to them.
 */
export async function keepFixturesUnsaved(): Promise<void> {
  await vscode.workspace.getConfiguration('files').update('autoSave', 'off', vscode.ConfigurationTarget.Global);
}

/** Closes every editor, throwing away unsaved changes (no save prompt), so each test starts from the files on disk. */
export async function closeAll(): Promise<void> {
  for (let left = 30; left > 0 && vscode.window.tabGroups.all.some((group) => group.tabs.length > 0); left--) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
}
