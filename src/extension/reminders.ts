import * as vscode from 'vscode';
import { dueReminders, isQuiet, reminderMessage, snoozed, type ReminderMemory } from '../core/schedule/reminders';
import type { Feature, Services } from './feature';
import { readSettings } from './services/settings';
import { fileName } from './timeline/planSource';

/** Remembered across windows and sessions, so that "once a day" holds however many windows are open. */
const MEMORY_KEY = 'careerPlan.reminders.memory';
/** Reminders wait until the editor has settled after start-up. */
const START_DELAY_MS = 5_000;

/**
 * A notification, at most once a day, when a step target, the goal or a key moment is within the
 * lead time (`careerPlan.reminderLeadDays`) or a review is due. "Snooze" keeps quiet for
 * `careerPlan.reminders.snoozeDays` days; `careerPlan.reminders.enabled` turns it off.
 */
export const registerReminders: Feature = (context, services) => {
  let running = false;
  const check = async () => {
    if (running) return;
    running = true;
    try {
      await remindIfDue(context, services);
    } finally {
      running = false;
    }
  };
  const timer = setTimeout(() => void check(), START_DELAY_MS);
  context.subscriptions.push({ dispose: () => clearTimeout(timer) }, services.clock.onDidChangeDay(() => void check()));
};

async function remindIfDue(context: vscode.ExtensionContext, services: Services): Promise<void> {
  if (!readSettings().remindersEnabled) return;
  const today = services.clock.today();
  const memory = context.globalState.get<ReminderMemory>(MEMORY_KEY, {});
  // Cheap answer first: no plan needs reading when already reminded today or snoozed.
  if (isQuiet(memory, today)) return;

  // Runs on its own: in a big workspace with no plan named as one, it does not read every Markdown file.
  await services.store.scanInBackground();
  const plans = services.store.plans().map((state) => ({ key: state.uri, name: fileName(state.uri), plan: state.plan }));
  const due = dueReminders(plans, today, readSettings().reminderLeadDays, memory);
  if (due.length === 0) return;
  await context.globalState.update(MEMORY_KEY, { ...memory, lastShown: today });

  const OPEN = vscode.l10n.t('Open plan');
  const SNOOZE = vscode.l10n.t('Snooze');
  const choice = await vscode.window.showInformationMessage(reminderMessage(due), OPEN, SNOOZE);
  if (choice === OPEN) {
    const { key, target } = due[0];
    const selection = new vscode.Range(target.range.start.line, target.range.start.character, target.range.end.line, target.range.end.character);
    await vscode.window.showTextDocument(key, { selection });
  } else if (choice === SNOOZE) {
    await context.globalState.update(MEMORY_KEY, snoozed(context.globalState.get<ReminderMemory>(MEMORY_KEY, {}), today, readSettings().snoozeDays));
  }
}
