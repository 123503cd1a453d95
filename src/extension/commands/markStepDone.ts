import * as vscode from 'vscode';
import { markStepDone as markStepDoneEdits } from '../../core/edits';
import type { Feature } from '../feature';
import { editPlan } from '../services/editPlan';

/** Internal (needs a step): run by the CodeLens and the milestones view with a plan's URI and a step index. */
export const MARK_STEP_DONE_COMMAND = 'careerPlan.markStepDone';

/** Writes `done: <today>` into the step, as an undoable edit of the document (saved or not). */
export const registerMarkStepDone: Feature = (context, { store, clock }) => {
  context.subscriptions.push(
    vscode.commands.registerCommand(MARK_STEP_DONE_COMMAND, (uri: vscode.Uri | string, stepIndex: number) => {
      if (!uri || !Number.isInteger(stepIndex)) return false;
      const target = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
      return editPlan(store, target, (parsed) =>
        parsed.plan.steps.some((step) => step.index === stepIndex && !step.done) ? markStepDoneEdits(parsed, stepIndex, clock.today()) : [],
      );
    }),
  );
};
