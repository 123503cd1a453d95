import * as vscode from 'vscode';
import type { Clock } from '../services/clock';
import type { PlanState } from '../services/planState';
import type { PlanStore } from '../services/planStore';
import { treeItem } from './items';
import { childrenOf, planNode, type MilestoneNode, type PlanNode } from './nodes';

/**
 * Feeds the milestones view from the plan store: one root per plan the store knows (open plans at
 * their current text, the rest as on disk). A plan whose rows would change is refreshed alone; the
 * whole view only when plans come or go, or the day or the workspace folders change. Refreshing
 * no more than that is kinder to the eye, and to VS Code 1.100's tree: it batches the children it
 * asks for, and when it asks for those of two unfolded plans at once it can answer one with the
 * other's (seen here: a plan drawn with another plan's gaps in place of its goal and gaps).
 */
export class MilestonesProvider implements vscode.TreeDataProvider<MilestoneNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<MilestoneNode[] | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];
  /** The plan rows last handed to the view, by URI. */
  private roots = new Map<string, PlanNode>();
  private fetchingRoots = false;

  constructor(
    private readonly store: PlanStore,
    private readonly clock: Clock,
  ) {
    this.subscriptions = [
      this.changed,
      store.onDidChange(() => this.storeChanged()),
      clock.onDidChangeDay(() => this.refresh()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.refresh()),
    ];
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  private storeChanged(): void {
    // The rows being fetched will show the store as it is once the scan is done.
    if (this.fetchingRoots) return;
    const plans = this.store.plans();
    if (plans.length !== this.roots.size || plans.some((state) => !this.roots.has(state.uri.toString()))) {
      this.refresh();
      return;
    }
    const changed: PlanNode[] = [];
    for (const state of plans) {
      const node = this.roots.get(state.uri.toString())!;
      if (node.state === state) continue;
      const before = rowsOf(node.state);
      node.state = state;
      if (rowsOf(state) !== before) changed.push(node);
    }
    if (changed.length > 0) this.changed.fire(changed);
  }

  getTreeItem(node: MilestoneNode): vscode.TreeItem {
    return treeItem(node, this.clock.today());
  }

  getChildren(node?: MilestoneNode): MilestoneNode[] | Promise<PlanNode[]> {
    return node ? childrenOf(node) : this.drawRoots();
  }

  /**
   * One row per plan, once the plans named by careerPlan.planFiles are read: the view is drawn with
   * them at once, rather than with the open ones and then again a moment later. Plans found by their
   * content come after, each as it is found (storeChanged), however long the scan of a big
   * workspace takes.
   */
  private async drawRoots(): Promise<PlanNode[]> {
    this.fetchingRoots = true;
    try {
      await this.store.scanNamed();
    } finally {
      this.fetchingRoots = false;
    }
    const roots = new Map<string, PlanNode>();
    const plans = this.store.plans();
    const unfolded = unfoldedPlan(plans);
    for (const state of plans) {
      const key = state.uri.toString();
      const known = this.roots.get(key);
      if (known) known.state = state;
      roots.set(key, known ?? planNode(state, state === unfolded));
    }
    this.roots = roots;
    return [...roots.values()];
  }

  /** The plan rows the view would draw now, as new nodes: reading them leaves what it drew alone. */
  async peekRoots(): Promise<PlanNode[]> {
    await this.store.scanNamed();
    const plans = this.store.plans();
    const unfolded = unfoldedPlan(plans);
    return plans.map((state) => planNode(state, state === unfolded));
  }

  getParent(node: MilestoneNode): MilestoneNode | undefined {
    return node.parent;
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

/**
 * What a plan's rows show and do, as one string: its data with their ranges (a row's click reveals
 * one), not the body, which has no row, and its problem count. A plan closed and opened again, or
 * typed into below its frontmatter, draws the same rows and needs no refresh.
 */
function rowsOf(state: PlanState): string {
  let rows = drawnRows.get(state);
  if (rows === undefined) {
    rows = JSON.stringify([{ ...state.plan, body: undefined }, state.problems.length]);
    drawnRows.set(state, rows);
  }
  return rows;
}

/** rowsOf per state, so a plan typed into is stringified once per version, not again as the old one. */
const drawnRows = new WeakMap<PlanState, string>();

/**
 * The plan that starts unfolded: the one in the active editor, or else the first; the others start
 * folded. Besides keeping the view short, this spares VS Code 1.100's tree from fetching the
 * children of two unfolded plans at once (see MilestonesProvider).
 */
function unfoldedPlan(plans: readonly PlanState[]): PlanState | undefined {
  const active = vscode.window.activeTextEditor?.document.uri.toString();
  return plans.find((plan) => plan.uri.toString() === active) ?? plans[0];
}
