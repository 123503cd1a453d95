import * as vscode from 'vscode';
import type { Conversion } from '../../core/convert/convertPlan';

// Loaded from dist/convert.js when a person first converts a plan (esbuild.js).

/** The dialog over the preview: what happens, what stays unread, and the choice. */
export async function confirm(name: string, result: Extract<Conversion, { ok: true }>): Promise<boolean> {
  const convert = vscode.l10n.t('Convert');
  const unread = result.unread.map((part) => vscode.l10n.t('line {0}: {1} — {2}', part.line + 1, part.text ? `“${part.text}”` : '', part.reason));
  const detail = [
    vscode.l10n.t('The frontmatter read from the plan is added at the top; every line of the plan stays below it as it is. One undo takes it back.'),
    ...(unread.length > 0 ? ['', vscode.l10n.t('Left in the plan, not read:'), ...unread] : []),
  ].join('\n');
  const answer = await vscode.window.showInformationMessage(vscode.l10n.t('Convert {0} (read as {1}) to frontmatter?', name, result.shapeName), { modal: true, detail }, convert);
  return answer === convert;
}

export async function closePreview(preview: vscode.Uri): Promise<void> {
  const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputTextDiff && tab.input.modified.toString() === preview.toString());
  if (tabs.length > 0) await vscode.window.tabGroups.close(tabs);
}
