import { oneLine } from '../document/oneLine';
import { describeDaysLeft, type IsoDate } from '../calendar/dates';
import type { Plan } from '../plan/model';
import { openTargets, type Target } from './next';

/**
 * The countdown to the next target: which target of which plan to show, in what words and with what
 * urgency. Pure, so the status bar, the "Show Next Target" command and the tests all agree.
 */
export type Urgency = 'calm' | 'soon' | 'overdue';

export interface PlanInput<K> {
  /** Whatever identifies the plan to the caller (a URI in the editor). */
  readonly key: K;
  readonly plan: Plan;
}

export interface KeyedTarget<K> {
  readonly key: K;
  readonly target: Target;
}

export interface Countdown<K> extends KeyedTarget<K> {
  readonly urgency: Urgency;
}

/** Targets a person reaches (steps and the goal); moments and reviews only appear in the list. */
const REACHABLE: ReadonlySet<Target['kind']> = new Set(['step', 'goal']);

/** Every open target of every plan, overdue ones first (the longest overdue first), then nearest first. */
export function targetsAcross<K>(plans: readonly PlanInput<K>[], today: IsoDate): KeyedTarget<K>[] {
  const all = plans.flatMap(({ key, plan }) => openTargets(plan, today).map((target) => ({ key, target })));
  // A stable sort keeps plan order (and each plan's own order) among targets on the same day.
  return all.sort((a, b) => a.target.daysLeft - b.target.daysLeft);
}

/** The step or goal target to count down to: an overdue one if any, else the nearest ahead. */
export function chooseCountdown<K>(plans: readonly PlanInput<K>[], today: IsoDate, leadDays: number): Countdown<K> | undefined {
  const chosen = targetsAcross(plans, today).find(({ target }) => REACHABLE.has(target.kind));
  return chosen && { ...chosen, urgency: urgencyOf(chosen.target.daysLeft, leadDays) };
}

export function urgencyOf(daysLeft: number, leadDays: number): Urgency {
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= leadDays ? 'soon' : 'calm';
}

/**
 * The countdown in a format (the setting `careerPlan.countdown.format`) where `{title}` is the
 * target's short title, `{days}` the days left ("129 days", "today", "overdue by 3 days") and
 * `{date}` its date: "{title} · {days}" makes "Team lead · 129 days".
 */
export function countdownText(target: Target, format: string): string {
  const values: Record<string, string> = { title: shortTitle(target.title), days: daysWord(target.daysLeft), date: target.date };
  return format.replace(/\{(title|days|date)\}/g, (_, name: string) => values[name]);
}

function daysWord(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return '1 day';
  if (days > 1) return `${days} days`;
  return describeDaysLeft(days);
}

/** "Team lead of the payments team — 2027-03-31, in 129 days" for tooltips and messages. */
export function describeTarget(target: Target): string {
  const kind = target.kind === 'step' ? '' : ` (${KIND_NAMES[target.kind]})`;
  return `${target.title}${kind} — ${target.date}, ${describeDaysLeft(target.daysLeft)}`;
}

const KIND_NAMES: Record<Target['kind'], string> = { step: 'step', goal: 'goal', moment: 'key moment', review: 'review' };

export const SHORT_TITLE_LENGTH = 24;

/** Words that usually start the qualifier of a role: "Team lead | of the payments team". */
const QUALIFIER = /\s+(?:of|at|in|for|on|with|within)\s|\s*[,(:;]\s*|\s+[-–—]\s+/i;

/**
 * A title short enough for the status bar. Long titles keep their head ("Team lead of the payments
 * team" → "Team lead"); without a natural break they are cut at a word with an ellipsis.
 */
export function shortTitle(title: string, max = SHORT_TITLE_LENGTH): string {
  const clean = oneLine(title);
  if (clean.length <= max) return clean;
  const qualifier = QUALIFIER.exec(clean);
  if (qualifier && qualifier.index >= 3 && qualifier.index <= max) return clean.slice(0, qualifier.index);
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space >= max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** `$(name)` or `$(name~spin)`, optionally already escaped with a backslash. */
const ICON = /(\\)?\$\([a-z0-9-]+(?:~[a-z0-9-]+)?\)/gi;

/**
 * The status bar reads `$(name)` as an icon: plan text must not be able to draw one, so each such
 * sequence gets the backslash VS Code's label renderer takes as "show this literally".
 */
export function escapeIcons(text: string): string {
  return text.replace(ICON, (match, escaped) => (escaped ? match : `\\${match}`));
}
