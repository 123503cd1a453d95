import { daysBetween, describeDaysLeft, type IsoDate } from '../calendar/dates';
import type { Gap, Plan, Step } from '../plan/model';

/**
 * What to say when a step is reached or a gap closed: a short congratulation naming it, and the next
 * focus to offer. Worked out from the plan as it was before the edit; indexes do not change with
 * `done:` or `closed:` written into an item, so the editor can show the next focus after the edit.
 */
export interface Celebration {
  readonly message: string;
  readonly next?: NextFocus;
}

export interface NextFocus {
  readonly kind: 'step' | 'gap';
  readonly index: number;
  /** The button that shows it. */
  readonly label: string;
}

export function celebrateStep(plan: Plan, stepIndex: number, today: IsoDate): Celebration | undefined {
  const reached = plan.steps.find((step) => step.index === stepIndex);
  if (!reached) return undefined;
  const cheer = `Well done: you reached “${reached.title.value}”!`;
  const next = nextStep(plan.steps.filter((step) => !step.done && step.index !== stepIndex));
  if (!next) {
    const goal = plan.goal ? ` on the way to “${plan.goal.value}”` : '';
    return { message: `${cheer} That was the last step${goal}: take a moment to enjoy it, then decide where to go next.` };
  }
  const when = next.target ? `, ${next.target.value} (${describeDaysLeft(daysBetween(today, next.target.value))})` : '';
  return { message: `${cheer} Next step: “${next.title.value}”${when}.`, next: { kind: 'step', index: next.index, label: 'Show Next Step' } };
}

export function celebrateGap(plan: Plan, gapIndex: number): Celebration | undefined {
  const closed = plan.gaps.find((gap) => gap.index === gapIndex);
  if (!closed) return undefined;
  const cheer = `Gap closed: “${closed.title.value}”. Well done!`;
  const open = plan.gaps.filter((gap) => gap.status !== 'closed');
  const wasFocus = open[0] === closed;
  const focus = open.find((gap) => gap !== closed);
  if (!focus) return { message: `${cheer} No open gap is left: ask your key people which gap stands between you and your next step now.` };
  const start = firstAction(focus);
  const action = start ? `, starting with “${start}”` : '';
  return wasFocus
    ? { message: `${cheer} Your focus now: “${focus.title.value}”${action}.`, next: { kind: 'gap', index: focus.index, label: 'Show New Focus' } }
    : { message: `${cheer} Your focus stays on “${focus.title.value}”.`, next: { kind: 'gap', index: focus.index, label: 'Show Focus' } };
}

/** The earliest dated step (the one the countdown shows), else the first in the list. */
function nextStep(open: readonly Step[]): Step | undefined {
  const dated = open.filter((step) => step.target).sort((a, b) => (a.target!.value < b.target!.value ? -1 : a.target!.value > b.target!.value ? 1 : 0));
  return dated[0] ?? open[0];
}

function firstAction(gap: Gap): string | undefined {
  return gap.actions.find((action) => !action.done)?.title.value;
}
