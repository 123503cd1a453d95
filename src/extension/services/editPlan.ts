import * as vscode from 'vscode';
import type { TextEdit } from '../../core/document/findings';
import type { ParsedPlan } from '../../core/parse/parsePlan';
import { toWorkspaceEdit } from './convert';
import type { PlanStore } from './planStore';

/**
 * Makes one change to a plan through a WorkspaceEdit: computed by a core edit function from the
 * document's current text (saved or not), applied as the few replacements it returns, so only the
 * intended characters change and one undo takes it back. A plan that no editor shows is opened
 * beside the current one without taking focus, so the change (unsaved) is never out of sight.
 * Returns false when the change does not apply.
 */
export async function editPlan(store: PlanStore, uri: vscode.Uri, change: (parsed: ParsedPlan) => readonly TextEdit[]): Promise<boolean> {
  const document = await vscode.workspace.openTextDocument(uri);
  const state = store.get(document);
  if (!state) return false;
  const edits = change(state.parsed);
  if (edits.length === 0) return false;
  if (!(await vscode.workspace.applyEdit(toWorkspaceEdit(document, edits)))) return false;
  if (!vscode.window.visibleTextEditors.some((editor) => editor.document === document)) {
    await vscode.window.showTextDocument(document, { preserveFocus: true, preview: true });
  }
  return true;
}
