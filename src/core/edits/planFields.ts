import type { IsoDate } from '../calendar/dates';
import type { TextEdit } from '../document/findings';
import type { ParsedPlan } from '../parse/parsePlan';
import { setMapField } from './fields';
import { appendToKeyList } from './keyedLists';
import { layoutOf, spaces } from './layout';

/** Values a person replaces with their own; written so the list is valid and obviously theirs to edit. */
export const PLACEHOLDER_VALUES: readonly string[] = ['autonomy', 'learning', 'time with family'];

/** Adds a `values:` list after the goal (and its target), or fills an empty `values:` or `values: []`. */
export function insertValues(parsed: ParsedPlan, values: readonly string[] = PLACEHOLDER_VALUES): TextEdit[] {
  const layout = layoutOf(parsed);
  if (!layout || values.length === 0) return [];
  return setMapField(layout, layout.root, 'values', values, { after: ['target', 'goal'], overwrite: (node) => node.kind === 'seq' && node.items.length === 0 });
}

/** Adds the goal's `target:` date right after `goal:`, or fills an empty one. */
export function insertGoalTarget(parsed: ParsedPlan, date: IsoDate): TextEdit[] {
  const layout = layoutOf(parsed);
  if (!layout) return [];
  return setMapField(layout, layout.root, 'target', date, { after: ['goal'] });
}

/**
 * Replaces the goal's sentence, keeping its key, its comment and the lines around it, and adds the
 * goal's `target:` when a date is given and none is written. One change: the edits never overlap.
 */
export function rewriteGoal(parsed: ParsedPlan, goal: string, target?: IsoDate): TextEdit[] {
  const layout = layoutOf(parsed);
  if (!layout || !layout.root.entries.get('goal') || goal.trim() === '') return [];
  const sentence = goal.trim() === parsed.plan.goal?.value.trim() ? [] : setMapField(layout, layout.root, 'goal', goal.trim(), { overwrite: () => true });
  const date = target && !parsed.plan.target ? insertGoalTarget(parsed, target) : [];
  return [...sentence, ...date];
}

/** Records a review of the plan on `today` in `review.last`. */
export function setReviewLast(parsed: ParsedPlan, today: IsoDate): TextEdit[] {
  const layout = layoutOf(parsed);
  const review = layout?.root.entries.get('review')?.node;
  if (!layout || review?.kind !== 'map') return [];
  return setMapField(layout, review, 'last', today, { after: ['every'], overwrite: (node) => node.value !== today });
}

/**
 * Records a review held on `today`: sets `review.last`, or writes a `review:` mapping with only
 * `last:` above the closing fence when the plan has none (the cadence is the person's to choose).
 */
export function recordReview(parsed: ParsedPlan, today: IsoDate): TextEdit[] {
  const layout = layoutOf(parsed);
  if (!layout) return [];
  if (layout.root.entries.has('review')) return setReviewLast(parsed, today);
  const at = layout.fenceStart;
  return [{ span: { start: at, end: at }, newText: `review:${layout.eol}${spaces(layout.indent)}last: ${today}${layout.eol}` }];
}

/** Adds a preparation note to a key moment, creating its `prep:` list when absent. */
export function addMomentPrep(parsed: ParsedPlan, momentIndex: number, text: string): TextEdit[] {
  const layout = layoutOf(parsed);
  const moments = layout?.root.entries.get('moments')?.node;
  const moment = moments?.kind === 'seq' ? moments.items[momentIndex] : undefined;
  if (!layout || moment?.kind !== 'map') return [];
  return appendToKeyList(layout, moment, 'prep', text);
}
