import * as vscode from 'vscode';
import type { DateChoice, GoalCoaching } from '../../core/coach/goalCoach';
import type { IsoDate } from '../../core/calendar/dates';
import { oneLine } from '../../core/document/oneLine';
import { escapeIcons } from '../../core/schedule/countdown';
import { askDate } from '../services/ask';

// The questions of "Make this goal SMART…" (makeGoalSmart.ts): esbuild.js puts them in a file of
// their own, loaded when a person first asks for the command.

interface Choice extends vscode.QuickPickItem {
  readonly value?: string;
}

/** A pick among choices, with "Type my own…" last; resolves to the text, or undefined when cancelled. */
async function pickOrType(title: string, placeHolder: string, choices: readonly Choice[], typePrompt: string, typeExample: string): Promise<string | undefined> {
  const own: Choice = { label: vscode.l10n.t('$(edit) Type my own…'), alwaysShow: true };
  const picked = choices.length === 0 ? own : await vscode.window.showQuickPick([...choices, own], { title, placeHolder, ignoreFocusOut: true });
  if (!picked) return undefined;
  if (picked.value !== undefined) return picked.value;
  const typed = await vscode.window.showInputBox({ title, prompt: typePrompt, placeHolder: typeExample, ignoreFocusOut: true, validateInput: (text) => (text.trim() === '' ? vscode.l10n.t('Write a few words.') : undefined) });
  return typed === undefined ? undefined : oneLine(typed);
}

const quoted = (words: readonly string[]) => words.map((word) => `“${word}”`).join(', ');

export function askWhat(coaching: GoalCoaching, title: string): Promise<string | undefined> {
  const vague = coaching.vagueWords.length > 0 ? vscode.l10n.t('{0} names nothing concrete. ', quoted(coaching.vagueWords)) : '';
  return pickOrType(
    title,
    vscode.l10n.t('{0}What exactly: which skill, deliverable or role, and where? (a gap of your plan, or your own words)', vague),
    coaching.whatChoices.map((gap) => ({ label: escapeIcons(gap), description: vscode.l10n.t('a gap in your plan'), value: gap })),
    vscode.l10n.t('What exactly: the skill, deliverable or role, and where'),
    vscode.l10n.t('giving feedback in one-to-ones with my three reports'),
  );
}

export function askMeasure(coaching: GoalCoaching, title: string): Promise<string | undefined> {
  return pickOrType(
    title,
    vscode.l10n.t('How will you know it is reached? The goal will end “…, until I …”'),
    coaching.measureChoices.map((line) => ({ label: escapeIcons(`until I ${line}`), description: vscode.l10n.t('a step of your plan'), value: line })),
    vscode.l10n.t('How you will know: a number, a level, a title, a certificate or an outcome (it follows “until I”)'),
    vscode.l10n.t('lead two projects from kickoff to launch'),
  );
}

export async function askWhen(coaching: GoalCoaching, title: string): Promise<IsoDate | null | undefined> {
  const describe = (choice: DateChoice) => (choice.reason === 'last step' ? vscode.l10n.t('with your last step') : vscode.l10n.t('in {0} months', choice.months ?? 0));
  const items: (vscode.QuickPickItem & { date?: IsoDate })[] = coaching.dateChoices.map((choice) => ({ label: choice.date, description: describe(choice), date: choice.date }));
  const other = { label: vscode.l10n.t('$(calendar) Another date…'), alwaysShow: true };
  const picked = await vscode.window.showQuickPick([...items, other], { title, placeHolder: vscode.l10n.t('By when? This becomes the goal’s target: date.'), ignoreFocusOut: true });
  if (!picked) return undefined;
  if ('date' in picked && picked.date) return picked.date;
  return askDate(title, vscode.l10n.t('By when? This becomes the goal’s target: date.'), coaching.dateChoices[0]?.date ?? '');
}

export async function askSentence(draft: string, title: string): Promise<string | undefined> {
  const sentence = await vscode.window.showInputBox({
    title,
    prompt: vscode.l10n.t('Your goal, rewritten. Edit it until it reads as yours, then press Enter to write it into the plan.'),
    value: draft,
    ignoreFocusOut: true,
    validateInput: (text) => (text.trim() === '' ? vscode.l10n.t('Write a few words.') : undefined),
  });
  return sentence === undefined ? undefined : oneLine(sentence);
}
