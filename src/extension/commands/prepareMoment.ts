import * as vscode from 'vscode';
import { insertMomentPrep } from '../../core/fixes/momentPrep';
import type { Feature } from '../feature';
import { editPlan } from '../services/editPlan';

/** Internal (needs a moment): run by the "Prepare" CodeLens with a plan's URI and a moment index. */
export const PREPARE_MOMENT_COMMAND = 'careerPlan.prepareMoment';

/** Adds the preparation checklist for the moment's kind to its actions. */
export const registerPrepareMoment: Feature = (context, { store }) => {
  context.subscriptions.push(
    vscode.commands.registerCommand(PREPARE_MOMENT_COMMAND, (uri: vscode.Uri | string, momentIndex: number) => {
      if (!uri || !Number.isInteger(momentIndex)) return false;
      const target = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
      return editPlan(store, target, (parsed) => insertMomentPrep(parsed, momentIndex) ?? []);
    }),
  );
};
