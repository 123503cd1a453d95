import * as vscode from 'vscode';
import { celebrateStep, type Celebration } from '../../core/celebrate/celebrate';
import { markStepDone as markStepDoneEdits } from '../../core/edits';
import type { Feature } from '../feature';
import { showCelebration } from '../services/celebrate';
import { editPlan } from '../services/editPlan';

/** Internal (needs a step): run by the CodeLens and the milestones view with a plan's URI and a step index. */
export const MARK_STEP_DONE_COMMAND = 'careerPlan.markStepDone';

/**
 * Writes `done: <today>` into the step, as an undoable edit of the document (saved or not), then
 * congratulates and offers the next step. Returns the message shown, or false when nothing changed.
 */
export const registerMarkStepDone: Feature = (context, { store, clock }) => {
  context.subscriptions.push(
    vscode.commands.registerCommand(MARK_STEP_DONE_COMMAND, async (uri: vscode.Uri | string, stepIndex: number) => {
      if (!uri || !Number.isInteger(stepIndex)) return false;
      const target = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
      let celebration: Celebration | undefined;
      const changed = await editPlan(store, target, (parsed) => {
        if (!parsed.plan.steps.some((step) => step.index === stepIndex && !step.done)) return [];
        // Worded from the plan before the edit, which knows the step was the one still open.
        celebration = celebrateStep(parsed.plan, stepIndex, clock.today());
        return markStepDoneEdits(parsed, stepIndex, clock.today());
      });
      return changed && celebration ? showCelebration(store, target, celebration) : false;
    }),
  );
};
