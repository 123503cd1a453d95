import type { IsoDate } from '../calendar/dates';
import type { TextEdit } from '../document/findings';
import { stepNumberOf } from '../format/stepNumber';
import type { ParsedPlan } from '../parse/parsePlan';
import { setItemField } from './fields';
import { appendToKeyList, destinationOf, moveKeyListItem, type Move } from './keyedLists';
import { layoutOf, type Layout } from './layout';

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

/** Moves a step's target to another day: replaces its `target:`, or adds one after its title. */
export function setStepTarget(parsed: ParsedPlan, stepIndex: number, date: IsoDate): TextEdit[] {
  const layout = layoutOf(parsed);
  if (!layout) return [];
  return setItemField(layout, layout.root.entries.get('steps')?.node, stepIndex, 'target', date, { after: ['title'], overwrite: (node) => node.value !== date });
}

/** Appends a step, creating `steps:` when the plan has none. */
export function addStep(parsed: ParsedPlan, title: string, target?: IsoDate): TextEdit[] {
  const layout = layoutOf(parsed);
  if (!layout) return [];
  return appendToKeyList(layout, layout.root, 'steps', target ? [['title', title], ['target', target]] : title, { titled: true });
}

/**
 * Moves a step by a number of places (`-1` is up) or to a position. A gap's `blocks: <number>` names
 * a step by its place in the list, so the numbers of the steps that change place are rewritten with
 * the move; a `blocks:` written as a title needs nothing.
 */
export function moveStep(parsed: ParsedPlan, stepIndex: number, move: Move): TextEdit[] {
  const layout = layoutOf(parsed);
  if (!layout) return [];
  const moved = moveKeyListItem(layout, layout.root, 'steps', stepIndex, move);
  return moved.length > 0 ? [...moved, ...renumberBlocks(layout, stepIndex, destinationOf(stepIndex, move))] : [];
}

/** Edits to every gap's `blocks: <number>` whose step moves when the step at `from` goes to `to`. */
function renumberBlocks(layout: Layout, from: number, to: number): TextEdit[] {
  const steps = layout.root.entries.get('steps')?.node;
  const gaps = layout.root.entries.get('gaps')?.node;
  if (steps?.kind !== 'seq' || gaps?.kind !== 'seq') return [];
  const count = steps.items.length;
  return gaps.items.flatMap((gap): TextEdit[] => {
    const blocks = gap.kind === 'map' ? gap.entries.get('blocks')?.node : undefined;
    const number = blocks?.kind === 'scalar' ? stepNumberOf(blocks.value) : undefined;
    if (!blocks || number === undefined || number < 1 || number > count) return [];
    const renumbered = positionAfterMove(number - 1, from, to) + 1;
    return renumbered === number ? [] : [{ span: blocks.span, newText: String(renumbered) }];
  });
}

/** Where the item at `index` ends up when the item at `from` moves to `to`. */
function positionAfterMove(index: number, from: number, to: number): number {
  if (index === from) return to;
  if (from < index && index <= to) return index - 1;
  if (to <= index && index < from) return index + 1;
  return index;
}
