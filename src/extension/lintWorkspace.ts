import * as vscode from 'vscode';
import type { Feature } from './feature';
import { toDiagnostic } from './services/convert';
import { urisInTabs } from './services/editorTabs';

export const LINT_WORKSPACE_COMMAND = 'careerPlan.lintWorkspace';

export interface WorkspaceLint {
  readonly plans: number;
  readonly problems: number;
}

/**
 * "Lint workspace": finds every plan in the workspace and puts the findings of those not open in
 * an editor tab into the Problems panel (open ones are the diagnostics feature's, linted as typed).
 * From then on the list follows the plans as they change on disk, open, close or go away.
 */
export const registerLintWorkspace: Feature = (context, { store }) => {
  const collection = vscode.languages.createDiagnosticCollection('career-plan-workspace');
  let watching = false;

  const refresh = (): WorkspaceLint => {
    const open = urisInTabs();
    const plans = store.plans();
    const entries: [vscode.Uri, vscode.Diagnostic[]][] = plans
      .filter((state) => !open.has(state.uri.toString()))
      .map((state) => [state.uri, state.findings.map((finding) => toDiagnostic(finding, context.extensionUri))]);
    collection.clear();
    collection.set(entries);
    return { plans: plans.length, problems: plans.reduce((sum, state) => sum + state.findings.length, 0) };
  };

  const run = async (): Promise<WorkspaceLint> => {
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Career Plan: linting the workspace') }, () => store.scan());
    watching = true;
    const result = refresh();
    const plans = result.plans === 1 ? vscode.l10n.t('1 plan') : vscode.l10n.t('{0} plans', result.plans);
    const problems = result.problems === 1 ? vscode.l10n.t('1 problem') : vscode.l10n.t('{0} problems', result.problems);
    vscode.window.setStatusBarMessage(vscode.l10n.t('Career Plan: {0}, {1}', plans, problems), 5000);
    return result;
  };

  context.subscriptions.push(
    collection,
    vscode.commands.registerCommand(LINT_WORKSPACE_COMMAND, run),
    store.onDidChange(() => watching && refresh()),
    // A plan opened in a tab is shown as typed by the diagnostics feature, one closed comes back here.
    vscode.window.tabGroups.onDidChangeTabs(({ opened, closed }) => watching && (opened.length > 0 || closed.length > 0) && refresh()),
  );
};
