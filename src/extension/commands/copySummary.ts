import * as vscode from 'vscode';
import { isSummaryFormat, summaryOf, type SummaryFormat } from '../../core/summary';
import type { Feature } from '../feature';
import { copyFormatted } from '../services/htmlClipboard';
import { pickPlan, planLabel } from '../services/pickPlan';
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
      const text = summaryOf(state.parsed, clock.today(), chosen);
      const name = planLabel(uri);
      if (chosen === 'html' && (await copyFormatted(text, summaryOf(state.parsed, clock.today(), 'text'), vscode.l10n.t('Summary of {0}', name)))) {
        void vscode.window.showInformationMessage(vscode.l10n.t('The summary of {0} is on the clipboard as formatted text: paste it into a mail or a document.', name));
        return text;
      }
      await vscode.env.clipboard.writeText(text);
      void vscode.window.showInformationMessage(
        chosen === 'html'
          ? vscode.l10n.t('The summary of {0} is on the clipboard as HTML source: this editor could not copy formatted text.', name)
          : vscode.l10n.t('The summary of {0} is on the clipboard ({1}).', name, FORMAT_NAMES[chosen]),
      );
      return text;
    }),
  );
};

const FORMAT_NAMES: Record<Exclude<SummaryFormat, 'html'>, string> = { markdown: 'Markdown', text: 'plain text' };

async function pickFormat(): Promise<SummaryFormat | undefined> {
  const items: (vscode.QuickPickItem & { format: SummaryFormat })[] = [
    { label: vscode.l10n.t('Markdown'), detail: vscode.l10n.t('For chat, issues, pull requests and notes that read Markdown'), format: 'markdown' },
    { label: vscode.l10n.t('Formatted for mail and documents'), detail: vscode.l10n.t('Pastes as formatted text (HTML); where the editor cannot copy that, the HTML source is copied'), format: 'html' },
    { label: vscode.l10n.t('Plain text'), detail: vscode.l10n.t('For anywhere else: labels and indented lists, no markup'), format: 'text' },
  ];
  return (await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Copy the summary as…') }))?.format;
}
