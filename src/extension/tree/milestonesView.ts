import * as vscode from 'vscode';
import { outlook } from '../../core/schedule/next';
import type { Feature } from '../feature';
import type { PlanStore } from '../services/planStore';
import { registerTreeCommands } from './commands';
import { GapDragAndDrop } from './gapDragAndDrop';
import { MilestonesProvider } from './milestonesProvider';
import { registerTreeSnapshot } from './snapshot';

export const MILESTONES_VIEW = 'careerPlan.milestones';
/** Set once the workspace has been searched for plans, so the welcome view never shows before that. */
const SCANNED_CONTEXT = 'careerPlan.milestones.scanned';

/**
 * The milestones view in its own activity-bar container. The workspace is searched for plans the
 * first time the view is shown, not at activation; the view shows its progress bar until then.
 */
export const registerMilestonesView: Feature = (context, { store, clock }) => {
  const provider = new MilestonesProvider(store, clock);
  const view = vscode.window.createTreeView(MILESTONES_VIEW, {
    treeDataProvider: provider,
    dragAndDropController: new GapDragAndDrop(store),
    showCollapseAll: true,
  });
  let scanning: Promise<void> | undefined;
  const scanWhenShown = () => {
    if (!view.visible || scanning) return;
    scanning = Promise.resolve(vscode.window.withProgress({ location: { viewId: MILESTONES_VIEW } }, () => store.scan())).then(() =>
      vscode.commands.executeCommand('setContext', SCANNED_CONTEXT, true),
    );
  };
  const showOverdue = () => (view.badge = overdueBadge(store, clock.today()));

  context.subscriptions.push(
    provider,
    view,
    view.onDidChangeVisibility(scanWhenShown),
    store.onDidChange(showOverdue),
    ...registerTreeCommands(store),
    registerTreeSnapshot(provider),
  );
  scanWhenShown();
};

/** The number of overdue steps and goal targets on the activity bar, when there are any. */
function overdueBadge(store: PlanStore, today: string): vscode.ViewBadge | undefined {
  const overdue = store.plans().reduce((count, state) => count + outlook(state.parsed.plan, today).overdue.filter((t) => t.kind === 'step' || t.kind === 'goal').length, 0);
  return overdue > 0 ? { value: overdue, tooltip: overdue === 1 ? '1 overdue target' : `${overdue} overdue targets` } : undefined;
}
