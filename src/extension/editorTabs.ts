import * as vscode from 'vscode';

/**
 * Which documents a person has open in the editor, judged by its tabs. A text document can stay
 * loaded long after its tab is closed (VS Code does not promise onDidCloseTextDocument then), so
 * "open" for the Problems panel means "has a tab".
 */
export function urisInTabs(): Set<string> {
  const uris = new Set<string>();
  for (const group of vscode.window.tabGroups.all) {
    for (const tab of group.tabs) {
      const input = tab.input;
      if (input instanceof vscode.TabInputText) uris.add(input.uri.toString());
      else if (input instanceof vscode.TabInputTextDiff) uris.add(input.modified.toString());
    }
  }
  return uris;
}

export function isInTabs(uri: vscode.Uri): boolean {
  return urisInTabs().has(uri.toString());
}
