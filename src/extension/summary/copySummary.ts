import * as vscode from 'vscode';
import { summaryOf, type SummaryFormat } from '../../core/summary';
import type { ParsedPlan } from '../../core/parse/parsePlan';
import type { IsoDate } from '../../core/calendar/dates';
import { copyFormatted } from '../services/htmlClipboard';

// Loaded from dist/copySummary.js when a person first copies a summary (esbuild.js).

const FORMAT_NAMES: Record<Exclude<SummaryFormat, 'html'>, string> = { markdown: 'Markdown', text: 'plain text' };

/**
 * Puts the summary on the clipboard in a format, saying where it went; HTML goes through a
 * short-lived webview (formatted text beside plain text), or as its source where that fails.
 * Returns the summary in that format.
 */
export async function copySummary(parsed: ParsedPlan, today: IsoDate, format: SummaryFormat, name: string): Promise<string> {
  const text = summaryOf(parsed, today, format);
  if (format === 'html' && (await copyFormatted(text, summaryOf(parsed, today, 'text'), vscode.l10n.t('Summary of {0}', name)))) {
    void vscode.window.showInformationMessage(vscode.l10n.t('The summary of {0} is on the clipboard as formatted text: paste it into a mail or a document.', name));
    return text;
  }
  await vscode.env.clipboard.writeText(text);
  void vscode.window.showInformationMessage(
    format === 'html'
      ? vscode.l10n.t('The summary of {0} is on the clipboard as HTML source: this editor could not copy formatted text.', name)
      : vscode.l10n.t('The summary of {0} is on the clipboard ({1}).', name, FORMAT_NAMES[format]),
  );
  return text;
}

export async function pickFormat(): Promise<SummaryFormat | undefined> {
  const items: (vscode.QuickPickItem & { format: SummaryFormat })[] = [
    { label: vscode.l10n.t('Markdown'), detail: vscode.l10n.t('For chat, issues, pull requests and notes that read Markdown'), format: 'markdown' },
    { label: vscode.l10n.t('Formatted for mail and documents'), detail: vscode.l10n.t('Pastes as formatted text (HTML); where the editor cannot copy that, the HTML source is copied'), format: 'html' },
    { label: vscode.l10n.t('Plain text'), detail: vscode.l10n.t('For anywhere else: labels and indented lists, no markup'), format: 'text' },
  ];
  return (await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Copy the summary as…') }))?.format;
}
