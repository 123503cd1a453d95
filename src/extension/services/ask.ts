import * as vscode from 'vscode';
import { checkIsoDate, type IsoDate } from '../../core/calendar/dates';

/**
 * Asks for a calendar date (`YYYY-MM-DD`), which may be left empty. Resolves to the date, to null
 * when left empty, or to undefined when the person cancels.
 */
export async function askDate(title: string, prompt: string, suggested: IsoDate): Promise<IsoDate | null | undefined> {
  const answer = await vscode.window.showInputBox({
    title,
    prompt,
    value: suggested,
    placeHolder: vscode.l10n.t('YYYY-MM-DD, or empty for none'),
    validateInput: (text) => (text.trim() === '' ? undefined : dateProblem(text)),
  });
  if (answer === undefined) return undefined;
  return answer.trim() === '' ? null : answer.trim();
}

/** What is wrong with a typed date, for an input box's message; undefined when it is a calendar day. */
export function dateProblem(text: string): string | undefined {
  const check = checkIsoDate(text.trim());
  if (check.ok) return undefined;
  return check.reason === 'format' ? vscode.l10n.t('Write the date as YYYY-MM-DD, like 2027-03-31.') : vscode.l10n.t('That day does not exist on the calendar.');
}

/** Asks for a line of text; undefined when cancelled or left empty and `required`. */
export async function askText(title: string, prompt: string, placeHolder: string, required: boolean): Promise<string | undefined> {
  const answer = await vscode.window.showInputBox({
    title,
    prompt,
    placeHolder,
    validateInput: (text) => (required && text.trim() === '' ? vscode.l10n.t('Write a few words.') : undefined),
  });
  return answer?.trim();
}

/**
 * Whether a file may be written at `uri`: yes when nothing is there, else only when the person
 * says so. Used where the destination came from a command argument, not from a save dialog (which
 * asks on its own).
 */
export async function mayWrite(uri: vscode.Uri): Promise<boolean> {
  const exists = await vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
  if (!exists) return true;
  const replace = vscode.l10n.t('Replace');
  const answer = await vscode.window.showWarningMessage(vscode.l10n.t('{0} already exists. Replace it?', vscode.workspace.asRelativePath(uri)), { modal: true }, replace);
  return answer === replace;
}
