import type { IsoDate } from '../dates';
import type { TextEdit } from '../findings';
import type { ParsedPlan } from '../parse/parsePlan';
import { setItemField } from './fields';
import { appendToKeyList, moveKeyListItem, type Move } from './keyedLists';
import { layoutOf } from './layout';

/**
 * Marks a step reached on `today`: adds `done: <today>` after its target (or title), fills an empty
 * `done:` and turns `done: false` into the date. A step already done is left alone.
 */
export function markStepDone(parsed: ParsedPlan, stepIndex: number, today: IsoDate): TextEdit[] {
  const layout = layoutOf(parsed);
  if (!layout) return [];
  return setItemField(layout, layout.root.entries.get('steps')?.node, stepIndex, 'done', today, {
    after: ['target', 'title'],
    overwrite: (node) => node.kind === 'scalar' && node.value === false,
  });
}

/** Adds `target: <date>` to a step that has none (or an empty one). */
export function insertStepTarget(parsed: ParsedPlan, stepIndex: number, date: IsoDate): TextEdit[] {
  const layout = layoutOf(parsed);
  if (!layout) return [];
  return setItemField(layout, layout.root.entries.get('steps')?.node, stepIndex, 'target', date, { after: ['title'] });
}

/** Appends a step, creating `steps:` when the plan has none. */
export function addStep(parsed: ParsedPlan, title: string, target?: IsoDate): TextEdit[] {
  const layout = layoutOf(parsed);
  if (!layout) return [];
  return appendToKeyList(layout, layout.root, 'steps', target ? [['title', title], ['target', target]] : title, { titled: true });
}

/** Moves a step by a number of places (`-1` is up) or to a position. */
export function moveStep(parsed: ParsedPlan, stepIndex: number, move: Move): TextEdit[] {
  const layout = layoutOf(parsed);
  return layout ? moveKeyListItem(layout, layout.root, 'steps', stepIndex, move) : [];
}
