import * as vscode from 'vscode';
import type { IsoDate } from '../core/calendar/dates';
import { overdueReview } from '../core/review/due';
import { chooseCountdown, countdownText, describeTarget, escapeIcons, targetsAcross, type KeyedTarget, type PlanInput } from '../core/schedule/countdown';
import { planLabel, plansInScope } from './services/pickPlan';
import { revealCommand } from './services/reveal';
import { START_REVIEW_COMMAND } from './commands/startReview';
import type { Feature } from './feature';
import type { PlanState } from './services/planState';
import { affectsSettings, readSettings } from './services/settings';

/** Internal: what the countdown shows, for the integration tests. */
export const STATUS_BAR_SNAPSHOT_COMMAND = 'careerPlan.debug.statusBar';

/**
 * The workspace-wide countdown needs the plans on disk: a while after activation, the store looks for
 * them as it does for anything that runs on its own (PlanStore.scanInBackground: plans named by
 * careerPlan.planFiles, and plans found by their content only where that is cheap). Plans found by
 * their content alone in a big workspace count from when they are opened or the milestones view is
 * shown.
 */
const SCAN_DELAY_MS = 3000;
const TOOLTIP_TARGETS = 5;

/**
 * `$(milestone) Team lead · 129 days` in the status bar: the next unreached step or goal target of
 * the workspace's plans (or of the plan in the active editor), coloured when it is overdue or within
 * the reminder lead time. It changes when a plan changes and when the day does; nothing polls.
 */
export const registerStatusBar: Feature = (context, { store, clock }) => {
  const item = vscode.window.createStatusBarItem('careerPlan.countdown', vscode.StatusBarAlignment.Left, 10);
  item.name = vscode.l10n.t('Career Plan Countdown');
  let shown = false;
  // Beside the countdown while a plan's review is overdue (when CP605 reports it): a click starts the review.
  const reviewItem = vscode.window.createStatusBarItem('careerPlan.reviewDue', vscode.StatusBarAlignment.Left, 9);
  reviewItem.name = vscode.l10n.t('Career Plan Review Due');
  let reviewShown = false;

  const updateReview = (inScope: readonly PlanState[], today: IsoDate) => {
    const overdue = inScope
      .flatMap((state) => {
        const due = overdueReview(state.plan, today);
        return due ? [{ state, due }] : [];
      })
      .sort((a, b) => a.due.localeCompare(b.due))[0];
    reviewShown = overdue !== undefined;
    if (!overdue) {
      reviewItem.hide();
      return;
    }
    reviewItem.text = `$(checklist) ${vscode.l10n.t('Review due')}`;
    // Plain text: a plan's path is never read as Markdown.
    reviewItem.tooltip = vscode.l10n.t('The review of {0} was due {1}. Click to start it: a few questions, then one edit to the plan.', planLabel(overdue.state.uri), overdue.due);
    reviewItem.accessibilityInformation = { label: vscode.l10n.t('Career plan review due since {0}: start the review', overdue.due) };
    reviewItem.command = { command: START_REVIEW_COMMAND, title: vscode.l10n.t('Start Review'), arguments: [overdue.state.uri] };
    reviewItem.show();
  };

  const update = () => {
    const settings = readSettings();
    const inScope = plansInScope(store, settings.countdownScope);
    const today = clock.today();
    updateReview(inScope, today);
    const plans = inScope.map((state): PlanInput<PlanState> => ({ key: state, plan: state.plan }));
    const countdown = chooseCountdown(plans, today, settings.reminderLeadDays);
    shown = countdown !== undefined;
    if (!countdown) {
      item.hide();
      return;
    }
    // Only the plan's words are escaped: icons written in the format setting stay icons.
    item.text = `$(milestone) ${countdownText({ ...countdown.target, title: escapeIcons(countdown.target.title) }, settings.countdownFormat)}`;
    item.backgroundColor =
      countdown.urgency === 'overdue'
        ? new vscode.ThemeColor('statusBarItem.errorBackground')
        : countdown.urgency === 'soon'
          ? new vscode.ThemeColor('statusBarItem.warningBackground')
          : undefined;
    item.tooltip = tooltip(targetsAcross(plans, today).slice(0, TOOLTIP_TARGETS), plans.length > 1, countdown.target.title);
    item.accessibilityInformation = { label: vscode.l10n.t('Next career target: {0}', describeTarget(countdown.target)) };
    item.command = revealCommand(countdown.key.uri, countdown.target.range, vscode.l10n.t('Show this target in the plan'));
    item.show();
  };

  const timer = setTimeout(() => void store.scanInBackground(), SCAN_DELAY_MS);
  context.subscriptions.push(
    item,
    reviewItem,
    { dispose: () => clearTimeout(timer) },
    store.onDidChange(update),
    clock.onDidChangeDay(update),
    vscode.window.onDidChangeActiveTextEditor(() => readSettings().countdownScope === 'activePlan' && update()),
    vscode.workspace.onDidChangeConfiguration((event) => affectsSettings(event) && update()),
    vscode.commands.registerCommand(STATUS_BAR_SNAPSHOT_COMMAND, () => ({
      visible: shown,
      text: item.text,
      tooltip: item.tooltip instanceof vscode.MarkdownString ? item.tooltip.value : item.tooltip,
      tooltipTrusted: item.tooltip instanceof vscode.MarkdownString && (item.tooltip.isTrusted || item.tooltip.supportHtml),
      background: item.backgroundColor instanceof vscode.ThemeColor ? item.backgroundColor.id : undefined,
      command: item.command,
      review: {
        visible: reviewShown,
        text: reviewItem.text,
        tooltip: reviewItem.tooltip,
        command: reviewItem.command,
      },
    })),
  );
  update();
};

/** The next few targets, nearest (or longest overdue) first; plan text is escaped. */
function tooltip(targets: readonly KeyedTarget<PlanState>[], namePlans: boolean, counted: string): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString(`**${vscode.l10n.t('Next career targets')}**\n\n`);
  for (const { key, target } of targets) {
    markdown.appendMarkdown('- ');
    markdown.appendText(describeTarget(target) + (namePlans ? ` (${planLabel(key.uri)})` : ''));
    markdown.appendMarkdown('\n');
  }
  // The plan's words are escaped before they go into the translated sentence.
  const escaped = new vscode.MarkdownString().appendText(counted).value;
  markdown.appendMarkdown(`\n${vscode.l10n.t('Click to show {0} in its plan.', escaped)}`);
  return markdown;
}
