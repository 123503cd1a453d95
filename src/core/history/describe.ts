import { daysBetween } from '../calendar/dates';
import type { PlanHistory, StepTrend } from './model';

/** "Step 2: Lead a team", or the title alone for a step that was removed since. */
export function trendHeading(step: StepTrend): string {
  return step.number === undefined ? `${step.title} (removed)` : `Step ${step.number}: ${step.title}`;
}

/** Days the target moved from its first point to its last: positive when it slipped. */
export function slipDays(step: StepTrend): number {
  const { points } = step;
  return points.length < 2 ? 0 : daysBetween(points[0].target, points[points.length - 1].target);
}

/** "target 2027-03-31 → 2027-06-30 (slipped 91 days), reached 2027-06-20" and the like. */
export function trendStatus(step: StepTrend): string {
  const { points } = step;
  const parts: string[] = [];
  if (points.length === 0) parts.push('no target date');
  else if (points.length === 1 || points[0].target === points[points.length - 1].target) parts.push(`target ${points[points.length - 1].target}, unchanged`);
  else {
    const slip = slipDays(step);
    parts.push(`target ${points[0].target} → ${points[points.length - 1].target} (${slip > 0 ? `slipped ${slip} days` : `brought forward ${-slip} days`})`);
  }
  if (step.reached) parts.push(`reached ${step.reached}`);
  return parts.join(', ');
}

/** The chart summed up in a sentence or two, for `<desc>` and the line under the title. */
export function historySummary(history: PlanHistory): string {
  const { days, steps } = history;
  const points = history.source === 'git' ? `${plural(days.length, 'version')} from git` : `${plural(days.length - 1, 'review')} and today (no git history)`;
  const slipped = steps.filter((step) => slipDays(step) > 0).length;
  const reviews = history.events.filter((event) => event.kind === 'review').length;
  return `Target dates at ${points}. ${slipped} of ${plural(steps.length, 'step')} slipped; ${plural(reviews, 'review')} held.`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
