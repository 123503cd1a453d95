import * as vscode from 'vscode';
import { outlook } from '../../core/schedule/next';
import type { Feature } from '../feature';
import type { ScanProgress } from '../services/planFinder';
import type { PlanStore } from '../services/planStore';
import { registerTreeCommands } from './commands';
import { GapDragAndDrop } from './gapDragAndDrop';
import { MilestonesProvider } from './milestonesProvider';
import { registerTreeSnapshot } from './snapshot';

export const MILESTONES_VIEW = 'careerPlan.milestones';
/** Set once the workspace has been searched for plans, so the welcome view never shows before that. */
const SCANNED_CONTEXT = 'careerPlan.milestones.scanned';
/** Set while Markdown files are looked through for plans: the view's title offers to stop. */
const LOOKING_CONTEXT = 'careerPlan.milestones.looking';
export const STOP_LOOKING_COMMAND = 'careerPlan.milestones.stopLooking';
const MESSAGE_DELAY_MS = 500;
/** Internal: how far the search for plans is, and the header the view shows for it, for the integration tests. */
export const SCAN_SNAPSHOT_COMMAND = 'careerPlan.debug.scan';

/**
 * The milestones view in its own activity-bar container. The workspace is searched for plans the
 * first time the view is shown, not at activation; the view shows its progress bar until then, and
 * its header how far the search is ("Looking for plans… 12,000 of 25,000 files"), with a button in
 * its title to stop it. Plans are listed as they are found. A stopped search goes on when the view
 * is shown again (or a command asks for every plan).
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
    scanning = Promise.resolve(vscode.window.withProgress({ location: { viewId: MILESTONES_VIEW } }, () => store.scan())).then(() => {
      if (store.scanProgress?.state === 'stopped') scanning = undefined;
      else void vscode.commands.executeCommand('setContext', SCANNED_CONTEXT, true);
    });
  };
  let lookingSince: number | undefined;
  const showProgress = (progress: ScanProgress) => {
    lookingSince = progress.state === 'looking' ? (lookingSince ?? Date.now()) : undefined;
    // A search of a few files is over before its message could be read: none flickers in the header.
    if (lookingSince !== undefined && Date.now() - lookingSince < MESSAGE_DELAY_MS) return;
    view.message = progressMessage(progress);
    void vscode.commands.executeCommand('setContext', LOOKING_CONTEXT, progress.state === 'looking');
  };
  const showOverdue = () => (view.badge = overdueBadge(store, clock.today()));

  context.subscriptions.push(
    provider,
    view,
    view.onDidChangeVisibility(scanWhenShown),
    store.onDidChange(showOverdue),
    store.onDidChangeScanProgress(showProgress),
    vscode.commands.registerCommand(STOP_LOOKING_COMMAND, () => store.stopScan()),
    vscode.commands.registerCommand(SCAN_SNAPSHOT_COMMAND, () => ({ progress: store.scanProgress, message: view.message })),
    ...registerTreeCommands(store),
    registerTreeSnapshot(provider),
  );
  scanWhenShown();
};

/** The view's header while plans are looked for, and after the search was stopped. */
function progressMessage({ read, total, state }: ScanProgress): string | undefined {
  if (state === 'looking') return vscode.l10n.t('Looking for plans… {0} of {1} files', read.toLocaleString(), total.toLocaleString());
  if (state === 'stopped') return vscode.l10n.t('Stopped looking for plans after {0} of {1} files.', read.toLocaleString(), total.toLocaleString());
  return undefined;
}

/** The number of overdue steps and goal targets on the activity bar, when there are any. */
function overdueBadge(store: PlanStore, today: string): vscode.ViewBadge | undefined {
  const overdue = store.plans().reduce((count, state) => count + outlook(state.plan, today).overdue.filter((t) => t.kind === 'step' || t.kind === 'goal').length, 0);
  return overdue > 0 ? { value: overdue, tooltip: overdue === 1 ? '1 overdue target' : `${overdue} overdue targets` } : undefined;
}
