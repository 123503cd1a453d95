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
      const uri = tabUri(tab);
      if (uri) uris.add(uri);
    }
  }
  return uris;
}

/** The document a tab shows (the edited side of a diff), as a URI string; undefined for other tabs. */
export function tabUri(tab: vscode.Tab): string | undefined {
  const input = tab.input;
  if (input instanceof vscode.TabInputText) return input.uri.toString();
  if (input instanceof vscode.TabInputTextDiff) return input.modified.toString();
  return undefined;
}

export function isInTabs(uri: vscode.Uri): boolean {
  return urisInTabs().has(uri.toString());
}
