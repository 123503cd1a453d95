import * as vscode from 'vscode';
import { addMonths, isIsoDate, type IsoDate } from '../../core/calendar/dates';
import { addStep } from '../../core/edits';
import type { Plan } from '../../core/plan/model';
import { inertLinks } from '../../core/schedule/notificationText';
import type { Feature } from '../feature';
import type { MilestoneNode } from '../tree/nodes';
import { askDate, askText } from '../services/ask';
import { editPlan } from '../services/editPlan';
import { pickPlan } from '../services/pickPlan';

export const ADD_STEP_COMMAND = 'careerPlan.addStep';

/**
 * "Add Step": appends a step with its target date to a plan. From the tree it acts on that row's
 * plan; from the palette on the active or chosen plan. A plan URI, a title and a date may be passed
 * as arguments to skip the questions.
 */
export const registerAddStep: Feature = (context, { store, clock }) => {
  context.subscriptions.push(
    vscode.commands.registerCommand(ADD_STEP_COMMAND, async (where?: MilestoneNode | vscode.Uri, title?: string, target?: string) => {
      const uri = where instanceof vscode.Uri ? where : (where?.uri ?? (await pickPlan(store, vscode.l10n.t('Add a step to which plan?')))?.uri);
      if (!uri) return false;
      const plan = store.get(await vscode.workspace.openTextDocument(uri))?.parsed.plan;
      if (!plan) return false;
      const stepTitle = title ?? (await askText(vscode.l10n.t('Add Step'), vscode.l10n.t('The next role, level or milestone on the way to your goal'), vscode.l10n.t('Senior engineer'), true));
      if (!stepTitle) return false;
      const date = target !== undefined ? (isIsoDate(target) ? target : null) : await askDate(vscode.l10n.t('Add Step'), inertLinks(vscode.l10n.t('When do you mean to reach "{0}"?', stepTitle)), suggestedTarget(plan, clock.today()));
      if (date === undefined) return false;
      return editPlan(store, uri, (parsed) => addStep(parsed, stepTitle, date ?? undefined));
    }),
  );
};

/** A year after the last dated step, or a year from today. */
function suggestedTarget(plan: Plan, today: IsoDate): IsoDate {
  const last = plan.steps.map((step) => step.target?.value).filter((date): date is IsoDate => date !== undefined).sort().at(-1);
  return addMonths(last && last > today ? last : today, 12);
}
