import * as vscode from 'vscode';
import { coachGoal, draftGoal } from '../../core/coach/goalCoach';
import { oneLine } from '../../core/document/oneLine';
import { isIsoDate, type IsoDate } from '../../core/calendar/dates';
import { rewriteGoal } from '../../core/edits';
import type { Feature } from '../feature';
import { editPlan } from '../services/editPlan';
import { pickPlan } from '../services/pickPlan';
import { askMeasure, askSentence, askWhat, askWhen } from './goalQuestions';

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
