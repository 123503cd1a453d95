import * as vscode from 'vscode';
import { coachGoal, draftGoal, type DateChoice, type GoalCoaching } from '../../core/coach/goalCoach';
import { oneLine } from '../../core/document/oneLine';
import { isIsoDate, type IsoDate } from '../../core/calendar/dates';
import { rewriteGoal } from '../../core/edits';
import { escapeIcons } from '../../core/schedule/countdown';
import type { Feature } from '../feature';
import { askDate } from '../services/ask';
import { editPlan } from '../services/editPlan';
import { pickPlan } from '../services/pickPlan';

export const MAKE_GOAL_SMART_COMMAND = 'careerPlan.makeGoalSmart';

/** Answers given as a command argument skip their questions (scripts and tests); each is checked like typed text. */
export interface GoalAnswers {
  readonly what?: string;
  readonly measure?: string;
  readonly target?: string;
  readonly sentence?: string;
}

/**
 * "Make this goal SMART…": asks only for what the goal lacks — what exactly, how you will know, by
 * when — offering the plan's own gaps, steps and dates, then shows the rewritten sentence to edit
 * and writes it (and `target:`) as one undoable edit. Escape at any question writes nothing.
 */
export const registerMakeGoalSmart: Feature = (context, { store, clock }) => {
  context.subscriptions.push(
    vscode.commands.registerCommand(MAKE_GOAL_SMART_COMMAND, async (where?: vscode.Uri, answers: GoalAnswers = {}) => {
      const uri = where instanceof vscode.Uri ? where : (await pickPlan(store, vscode.l10n.t('Make the goal of which plan SMART?')))?.uri;
      if (!uri) return false;
      const plan = store.get(await vscode.workspace.openTextDocument(uri))?.parsed.plan;
      const coaching = plan && coachGoal(plan, clock.today(), store.learnedReader);
      if (!coaching) {
        void vscode.window.showInformationMessage(vscode.l10n.t('This goal already says what, how you will know and by when.'));
        return false;
      }
      const steps = [coaching.needsWhat, coaching.needsMeasure, coaching.needsDate, true].filter(Boolean).length;
      let step = 0;
      const title = () => vscode.l10n.t('Make this goal SMART ({0}/{1})', ++step, steps);

      const what = coaching.needsWhat ? (answers.what !== undefined ? checkedText(answers.what) : await askWhat(coaching, title())) : '';
      if (what === undefined) return false;
      const measure = coaching.needsMeasure ? (answers.measure !== undefined ? checkedText(answers.measure) : await askMeasure(coaching, title())) : '';
      if (measure === undefined) return false;
      const target = coaching.needsDate ? (answers.target !== undefined ? checkedDate(answers.target) : await askWhen(coaching, title())) : null;
      if (target === undefined) return false;
      const draft = draftGoal(coaching.goal, { what, measure });
      const sentence = answers.sentence !== undefined ? checkedText(answers.sentence) : await askSentence(draft, title());
      if (!sentence) return false;
      return editPlan(store, uri, (parsed) => rewriteGoal(parsed, sentence, target ?? undefined));
    }),
  );
};

/** A line of text from an argument: undefined (nothing written) unless it is a non-empty string. */
function checkedText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? oneLine(value) : undefined;
}

/** A date from an argument: a calendar date, or undefined so nothing is written. */
function checkedDate(value: unknown): IsoDate | undefined {
  return typeof value === 'string' && isIsoDate(value) ? value : undefined;
}

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

function askWhat(coaching: GoalCoaching, title: string): Promise<string | undefined> {
  const vague = coaching.vagueWords.length > 0 ? vscode.l10n.t('{0} names nothing concrete. ', quoted(coaching.vagueWords)) : '';
  return pickOrType(
    title,
    vscode.l10n.t('{0}What exactly: which skill, deliverable or role, and where? (a gap of your plan, or your own words)', vague),
    coaching.whatChoices.map((gap) => ({ label: escapeIcons(gap), description: vscode.l10n.t('a gap in your plan'), value: gap })),
    vscode.l10n.t('What exactly: the skill, deliverable or role, and where'),
    vscode.l10n.t('giving feedback in one-to-ones with my three reports'),
  );
}

function askMeasure(coaching: GoalCoaching, title: string): Promise<string | undefined> {
  return pickOrType(
    title,
    vscode.l10n.t('How will you know it is reached? The goal will end “…, until I …”'),
    coaching.measureChoices.map((line) => ({ label: escapeIcons(`until I ${line}`), description: vscode.l10n.t('a step of your plan'), value: line })),
    vscode.l10n.t('How you will know: a number, a level, a title, a certificate or an outcome (it follows “until I”)'),
    vscode.l10n.t('lead two projects from kickoff to launch'),
  );
}

async function askWhen(coaching: GoalCoaching, title: string): Promise<IsoDate | null | undefined> {
  const describe = (choice: DateChoice) => (choice.reason === 'last step' ? vscode.l10n.t('with your last step') : vscode.l10n.t('in {0} months', choice.months ?? 0));
  const items: (vscode.QuickPickItem & { date?: IsoDate })[] = coaching.dateChoices.map((choice) => ({ label: choice.date, description: describe(choice), date: choice.date }));
  const other = { label: vscode.l10n.t('$(calendar) Another date…'), alwaysShow: true };
  const picked = await vscode.window.showQuickPick([...items, other], { title, placeHolder: vscode.l10n.t('By when? This becomes the goal’s target: date.'), ignoreFocusOut: true });
  if (!picked) return undefined;
  if ('date' in picked && picked.date) return picked.date;
  return askDate(title, vscode.l10n.t('By when? This becomes the goal’s target: date.'), coaching.dateChoices[0]?.date ?? '');
}

async function askSentence(draft: string, title: string): Promise<string | undefined> {
  const sentence = await vscode.window.showInputBox({
    title,
    prompt: vscode.l10n.t('Your goal, rewritten. Edit it until it reads as yours, then press Enter to write it into the plan.'),
    value: draft,
    ignoreFocusOut: true,
    validateInput: (text) => (text.trim() === '' ? vscode.l10n.t('Write a few words.') : undefined),
  });
  return sentence === undefined ? undefined : oneLine(sentence);
}
