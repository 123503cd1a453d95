import * as vscode from 'vscode';
import type { Clock } from '../clock';
import type { PlanStore } from '../planStore';
import { treeItem } from './items';
import { childrenOf, planNode, type MilestoneNode } from './nodes';

/**
 * Feeds the milestones view from the plan store: one root per plan the store knows (open plans at
 * their current text, the rest as on disk), rebuilt whenever the store or the day changes.
 */
export class MilestonesProvider implements vscode.TreeDataProvider<MilestoneNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<MilestoneNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly store: PlanStore,
    private readonly clock: Clock,
  ) {
    this.subscriptions = [
      this.changed,
      store.onDidChange(() => this.refresh()),
      clock.onDidChangeDay(() => this.refresh()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.refresh()),
    ];
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  getTreeItem(node: MilestoneNode): vscode.TreeItem {
    return treeItem(node, this.clock.today());
  }

  getChildren(node?: MilestoneNode): MilestoneNode[] {
    return node ? childrenOf(node) : this.store.plans().map(planNode);
  }

  getParent(node: MilestoneNode): MilestoneNode | undefined {
    return node.parent;
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
