import * as vscode from 'vscode';
import { needsPreparation, stepCountdown } from '../core/annotate/stepLens';
import { insertMomentPrep } from '../core/fixes/momentPrep';
import { MARK_STEP_DONE_COMMAND } from './commands/markStepDone';
import { PREPARE_MOMENT_COMMAND } from './commands/prepareMoment';
import type { Feature } from './feature';
import { MARKDOWN, toRange } from './services/convert';
import { affectsSettings } from './services/settings';

/**
 * Above each step: its countdown and "Mark done". Above a key moment due within the preparation
 * horizon (`careerPlan.momentPrepDays`): "Prepare", which adds a checklist to the moment.
 */
export const registerCodeLens: Feature = (context, { store, clock }) => {
  const changed = new vscode.EventEmitter<void>();
  const provider: vscode.CodeLensProvider = {
    onDidChangeCodeLenses: changed.event,
    provideCodeLenses(document) {
      const state = store.get(document);
      if (!state) return [];
      const today = clock.today();
      const lenses: vscode.CodeLens[] = [];
      for (const step of state.parsed.plan.steps) {
        const range = toRange(step.range);
        // A countdown is information, not an action: an empty command shows it as plain text.
        lenses.push(new vscode.CodeLens(range, { title: stepCountdown(step, today), command: '' }));
        if (!step.done) {
          lenses.push(new vscode.CodeLens(range, { title: vscode.l10n.t('Mark done'), command: MARK_STEP_DONE_COMMAND, arguments: [document.uri, step.index] }));
        }
      }
      const prepDays = state.options.momentPrepDays;
      for (const moment of state.parsed.plan.moments) {
        if (!needsPreparation(moment, today, prepDays) || !insertMomentPrep(state.parsed, moment.index)) continue;
        lenses.push(
          new vscode.CodeLens(toRange(moment.range), {
            title: vscode.l10n.t('Prepare'),
            tooltip: vscode.l10n.t('Add a preparation checklist to this moment'),
            command: PREPARE_MOMENT_COMMAND,
            arguments: [document.uri, moment.index],
          }),
        );
      }
      return lenses;
    },
  };
  context.subscriptions.push(
    changed,
    vscode.languages.registerCodeLensProvider(MARKDOWN, provider),
    store.onDidChange(() => changed.fire()),
    clock.onDidChangeDay(() => changed.fire()),
    vscode.workspace.onDidChangeConfiguration((event) => affectsSettings(event) && changed.fire()),
  );
};
