import * as vscode from 'vscode';
import type { MilestonesProvider } from './milestonesProvider';
import { childrenOf, type MilestoneNode } from './nodes';

/**
 * Internal: the whole tree, every row expanded, as the integration tests read it. Each row carries
 * its node, which a test in the same extension host can hand to a row command as the view would.
 */
export const TREE_SNAPSHOT_COMMAND = 'careerPlan.debug.treeSnapshot';

export interface RowSnapshot {
  readonly label: string;
  readonly description: string;
  readonly contextValue?: string;
  /** As the view shows it on hover: the tests check plan text in it stays text. */
  readonly tooltip?: string | vscode.MarkdownString;
  /** What a click runs. */
  readonly command?: vscode.Command;
  readonly node: MilestoneNode;
  readonly children: RowSnapshot[];
}

export function registerTreeSnapshot(provider: MilestonesProvider): vscode.Disposable {
  const snapshot = (node: MilestoneNode): RowSnapshot => {
    const item = provider.getTreeItem(node);
    return {
      label: typeof item.label === 'string' ? item.label : (item.label?.label ?? ''),
      description: typeof item.description === 'string' ? item.description : '',
      contextValue: item.contextValue,
      tooltip: item.tooltip,
      command: item.command,
      node,
      children: childrenOf(node).map(snapshot),
    };
  };
  return vscode.commands.registerCommand(TREE_SNAPSHOT_COMMAND, async () => (await provider.peekRoots()).map(snapshot));
}
