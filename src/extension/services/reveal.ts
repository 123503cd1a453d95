import * as vscode from 'vscode';
import type { Range } from '../../core/document/range';
import { toRange } from './convert';

/** Internal (not in the palette): what the tree, the status bar and messages run to show a place in a plan. */
export const REVEAL_COMMAND = 'careerPlan.reveal';

/** Opens the plan and selects the range, scrolling it into the middle of the editor if it is off screen. */
export async function revealInPlan(uri: vscode.Uri, range: Range): Promise<vscode.TextEditor> {
  const selection = toRange(range);
  const editor = await vscode.window.showTextDocument(uri, { selection, preview: true });
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/** A `vscode.Command` that reveals a range, for tree items and the status bar. */
export function revealCommand(uri: vscode.Uri, range: Range, title = 'Show in plan'): vscode.Command {
  return { command: REVEAL_COMMAND, title, arguments: [uri, range] };
}
