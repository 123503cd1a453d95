import * as vscode from 'vscode';
import { addGap } from '../../core/edits';
import type { Feature } from '../feature';
import type { MilestoneNode } from '../tree/nodes';
import { askText } from '../services/ask';
import { editPlan } from '../services/editPlan';
import { pickPlan } from '../services/pickPlan';

export const ADD_GAP_COMMAND = 'careerPlan.addGap';

/** "Add Gap": appends a skill gap (least significant, at the bottom of the ranking) to a plan. */
export const registerAddGap: Feature = (context, { store }) => {
  context.subscriptions.push(
    vscode.commands.registerCommand(ADD_GAP_COMMAND, async (where?: MilestoneNode | vscode.Uri, title?: string) => {
      const uri = where instanceof vscode.Uri ? where : (where?.uri ?? (await pickPlan(store, vscode.l10n.t('Add a gap to which plan?')))?.uri);
      if (!uri) return false;
      const gapTitle = title ?? (await askText(vscode.l10n.t('Add Gap'), vscode.l10n.t('A skill or experience you still need (it goes last: drag it up to rank it)'), vscode.l10n.t('Budget ownership'), true));
      if (!gapTitle) return false;
      return editPlan(store, uri, (parsed) => addGap(parsed, gapTitle));
    }),
  );
};
