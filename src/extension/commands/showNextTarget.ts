import * as vscode from 'vscode';
import { chooseCountdown, describeTarget } from '../../core/schedule/countdown';
import { inertLinks } from '../../core/schedule/notificationText';
import type { Feature } from '../feature';
import { readSettings } from '../services/settings';
import { planLabel, plansInScope } from '../services/pickPlan';
import { revealInPlan } from '../services/reveal';

export const SHOW_NEXT_TARGET_COMMAND = 'careerPlan.showNextTarget';

/** "Show Next Target": says what the next (or an overdue) step or goal target is, and shows it in its plan. */
export const registerShowNextTarget: Feature = (context, { store, clock }) => {
  context.subscriptions.push(
    vscode.commands.registerCommand(SHOW_NEXT_TARGET_COMMAND, async () => {
      await store.scan();
      const settings = readSettings();
      const plans = plansInScope(store, settings.countdownScope).map((state) => ({ key: state, plan: state.plan }));
      const countdown = chooseCountdown(plans, clock.today(), settings.reminderLeadDays);
      if (!countdown) {
        void vscode.window.showInformationMessage(vscode.l10n.t('No step or goal in your plans has a target date ahead. Give the next step a target: date.'));
        return undefined;
      }
      const { key, target } = countdown;
      await revealInPlan(key.uri, target.range);
      const where = plans.length > 1 ? ` (${planLabel(key.uri)})` : '';
      const what = `${describeTarget(target)}${where}`;
      void vscode.window.showInformationMessage(inertLinks(countdown.urgency === 'overdue' ? vscode.l10n.t('Overdue: {0}', what) : vscode.l10n.t('Next target: {0}', what)));
      return describeTarget(target);
    }),
  );
};
