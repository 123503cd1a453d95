import * as vscode from 'vscode';
import type { Celebration } from '../../core/celebrate/celebrate';
import { inertLinks } from '../../core/schedule/notificationText';
import type { PlanStore } from './planStore';
import { revealInPlan } from './reveal';

/**
 * Shows a congratulation (worded by the core) with a button that shows the next focus in the plan,
 * and returns the message at once: the notification stays until dismissed, and a command must not
 * wait for that. The next focus is found again in the plan as edited, so its place is the current one.
 */
export function showCelebration(store: PlanStore, uri: vscode.Uri, celebration: Celebration): string {
  const message = inertLinks(celebration.message);
  const { next } = celebration;
  const shown = next ? vscode.window.showInformationMessage(message, next.label) : vscode.window.showInformationMessage(message);
  void shown.then(async (choice) => {
    if (!next || choice !== next.label) return;
    const plan = store.get(await vscode.workspace.openTextDocument(uri))?.plan;
    const item = next.kind === 'step' ? plan?.steps.find((step) => step.index === next.index) : plan?.gaps.find((gap) => gap.index === next.index);
    if (item) await revealInPlan(uri, item.title.range);
  });
  return message;
}
