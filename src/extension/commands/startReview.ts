import * as vscode from 'vscode';
import { reviewAgenda, reviewEdits } from '../../core/review';
import type { Feature } from '../feature';
import type { MilestoneNode } from '../tree/nodes';
import { editPlan } from '../services/editPlan';
import { pickPlan } from '../services/pickPlan';
import { Questions } from '../services/questions';
import { askReview } from '../review/askReview';

export const START_REVIEW_COMMAND = 'careerPlan.startReview';
/** Internal: the review's question on screen, for the integration tests. */
export const REVIEW_QUESTION_COMMAND = 'careerPlan.debug.reviewQuestion';

/**
 * "Start Review": walks the plan with the person — each step not yet reached, each open gap in rank
 * order, what key people said the gaps are, what went well, whether the goal still holds — then
 * writes every answer, `review.last` and the dated entry under `## Reviews` as one edit that one undo
 * takes back. Escape at any question writes nothing. From the tree it reviews that row's plan; from
 * the palette, the status bar or CP605's quick fix, the plan named or the active one.
 */
export const registerStartReview: Feature = (context, { store, clock }) => {
  const questions = new Questions();
  context.subscriptions.push(
    vscode.commands.registerCommand(START_REVIEW_COMMAND, async (where?: MilestoneNode | vscode.Uri | string) => {
      const uri = typeof where === 'string' ? vscode.Uri.parse(where) : where instanceof vscode.Uri ? where : (where?.uri ?? (await pickPlan(store, vscode.l10n.t('Review which plan?')))?.uri);
      if (!uri) return false;
      const document = await vscode.workspace.openTextDocument(uri);
      const state = store.get(document);
      if (!state) return false;
      const version = document.version;
      const today = clock.today();
      const answers = await askReview(questions, reviewAgenda(state.parsed.plan, today));
      if (!answers) return false;
      // The answers name steps and gaps by their place in the plan as it was asked about.
      if (document.version !== version) {
        void vscode.window.showWarningMessage(vscode.l10n.t('The plan changed during the review, so nothing was written. Start the review again.'));
        return false;
      }
      const written = await editPlan(store, uri, (parsed) => reviewEdits(parsed, answers, today));
      if (written) vscode.window.setStatusBarMessage(vscode.l10n.t('$(check) Review of {0} written: one undo takes it back.', today), 8000);
      return written;
    }),
    vscode.commands.registerCommand(REVIEW_QUESTION_COMMAND, () => questions.current()),
  );
};

