import * as vscode from 'vscode';
import { pickPlan } from '../services/pickPlan';
import type { Feature } from '../feature';
import { TimelinePanel } from './panel';

export const SHOW_TIMELINE_COMMAND = 'careerPlan.showTimeline';

/**
 * "Career Plan: Show Timeline": the plan given (from a menu or a test), else the active or only plan.
 * Returns what the panel shows (its pictures and list as HTML), for a caller that wants to check it.
 */
export const registerShowTimeline: Feature = (context, services) => {
  context.subscriptions.push(
    vscode.commands.registerCommand(SHOW_TIMELINE_COMMAND, async (target?: unknown) => {
      const uri = target instanceof vscode.Uri ? target : (await pickPlan(services.store, vscode.l10n.t('Which plan should the timeline show?')))?.uri;
      return uri ? (await TimelinePanel.show(services, uri)).shown : undefined;
    }),
    { dispose: () => TimelinePanel.current?.dispose() },
  );
};
