import * as vscode from 'vscode';
import { escapeIcons } from '../../core/schedule/countdown';
import type { PlanState } from './planState';
import type { PlanStore } from './planStore';

export const NEW_PLAN_COMMAND = 'careerPlan.newPlan';

/**
 * The plan a palette command acts on: the one in the active editor, else the only plan in the
 * workspace, else the one the person picks. Says so (and offers to create one) when there is none.
 */
export async function pickPlan(store: PlanStore, purpose: string): Promise<PlanState | undefined> {
  const active = vscode.window.activeTextEditor?.document;
  const activePlan = active && store.get(active);
  if (activePlan) return activePlan;

  await store.scan();
  const plans = store.plans();
  if (plans.length === 1) return plans[0];
  if (plans.length === 0) {
    const create = vscode.l10n.t('New Career Plan');
    if ((await vscode.window.showInformationMessage(vscode.l10n.t('There is no career plan in this workspace yet.'), create)) === create) {
      await vscode.commands.executeCommand(NEW_PLAN_COMMAND);
    }
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    plans.map((state) => ({ label: escapeIcons(planLabel(state.uri)), description: escapeIcons(state.plan.goal?.value ?? ''), state })),
    { placeHolder: purpose },
  );
  return picked?.state;
}

/** The plan's path as the workspace shows it (with its folder's name when there are several folders). */
export function planLabel(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
}

/** The plans the countdown looks at: the one in the active editor when the scope says so and there is one; every known plan otherwise. */
export function plansInScope(store: PlanStore, scope: 'workspace' | 'activePlan'): PlanState[] {
  const active = vscode.window.activeTextEditor?.document;
  const activePlan = scope === 'activePlan' && active ? store.get(active) : undefined;
  return activePlan ? [activePlan] : store.plans();
}
