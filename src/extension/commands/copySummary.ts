import * as vscode from 'vscode';
import { isSummaryFormat } from '../../core/summary';
import type { Feature } from '../feature';
import { pickPlan, planLabel } from '../services/pickPlan';
import { copySummary, pickFormat } from '../summary/copySummary';
import type { MilestoneNode } from '../tree/nodes';

export const COPY_SUMMARY_COMMAND = 'careerPlan.copySummary';

/**
 * "Copy Summary": one screen about the plan for a 1:1 (the core's summary), on the clipboard as
 * Markdown, formatted text or plain text. VS Code's clipboard API holds text only, so formatted
 * text (HTML, with the plain text beside it) is written by a short-lived webview
 * (services/htmlClipboard.ts); where that fails, the HTML source is copied as text and the message
 * says so. From the palette, the milestones view's plan row, or with a plan's URI and a format
 * (tests). Returns the summary in the format chosen.
 */
export const registerCopySummary: Feature = (context, { store, clock }) => {
  context.subscriptions.push(
    vscode.commands.registerCommand(COPY_SUMMARY_COMMAND, async (where?: MilestoneNode | vscode.Uri, format?: string) => {
      const uri = where instanceof vscode.Uri ? where : (where?.uri ?? (await pickPlan(store, vscode.l10n.t('Copy the summary of which plan?')))?.uri);
      if (!uri) return undefined;
      const chosen = format !== undefined && isSummaryFormat(format) ? format : await pickFormat();
      if (!chosen) return undefined;
      const state = store.get(await vscode.workspace.openTextDocument(uri));
      if (!state) return undefined;
      return copySummary(state.parsed, clock.today(), chosen, planLabel(uri));
    }),
  );
};
