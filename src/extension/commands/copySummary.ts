import * as vscode from 'vscode';
import { isSummaryFormat, summaryOf, type SummaryFormat } from '../../core/summary';
import type { Feature } from '../feature';
import { pickPlan, planLabel } from '../services/pickPlan';
import type { MilestoneNode } from '../tree/nodes';

export const COPY_SUMMARY_COMMAND = 'careerPlan.copySummary';

/**
 * "Copy Summary": one screen about the plan for a 1:1 (the core's summary), on the clipboard as
 * Markdown, HTML or plain text. VS Code's clipboard holds text only, so the HTML choice puts the
 * HTML source there, for a mail editor's or a document's "insert HTML". From the palette, the
 * milestones view's plan row, or with a plan's URI and a format (tests). Returns the text copied.
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
      await vscode.env.clipboard.writeText(text);
      void vscode.window.showInformationMessage(vscode.l10n.t('The summary of {0} is on the clipboard ({1}).', planLabel(uri), FORMAT_NAMES[chosen]));
      return text;
    }),
  );
};

const FORMAT_NAMES: Record<SummaryFormat, string> = { markdown: 'Markdown', html: 'HTML', text: 'plain text' };

async function pickFormat(): Promise<SummaryFormat | undefined> {
  const items: (vscode.QuickPickItem & { format: SummaryFormat })[] = [
    { label: vscode.l10n.t('Markdown'), detail: vscode.l10n.t('For chat, issues, pull requests and notes that read Markdown'), format: 'markdown' },
    { label: vscode.l10n.t('HTML for mail and documents'), detail: vscode.l10n.t('The HTML source: paste it where HTML is accepted, such as a mail editor’s “insert HTML”'), format: 'html' },
    { label: vscode.l10n.t('Plain text'), detail: vscode.l10n.t('For anywhere else: labels and indented lists, no markup'), format: 'text' },
  ];
  return (await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Copy the summary as…') }))?.format;
}
