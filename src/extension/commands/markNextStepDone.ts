import * as vscode from 'vscode';
import type { Feature } from '../feature';
import { MARK_STEP_DONE_COMMAND } from './markStepDone';
import { pickPlan } from '../services/pickPlan';

export const MARK_NEXT_STEP_DONE_COMMAND = 'careerPlan.markNextStepDone';

/**
 * "Mark Next Step Done": the first step of the plan not yet reached is marked done today. Returns
 * the congratulation Mark Step Done shows, or false.
 */
export const registerMarkNextStepDone: Feature = (context, { store }) => {
  context.subscriptions.push(
    vscode.commands.registerCommand(MARK_NEXT_STEP_DONE_COMMAND, async () => {
      const state = await pickPlan(store, vscode.l10n.t('Mark the next step of which plan done?'));
      if (!state) return false;
      const next = state.plan.steps.find((step) => !step.done);
      if (!next) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Every step of this plan is already done.'));
        return false;
      }
      return vscode.commands.executeCommand<string | false>(MARK_STEP_DONE_COMMAND, state.uri, next.index);
    }),
  );
};
