import fc from 'fast-check';
import type { IsoDate } from '../../../../src/core/calendar/dates';
import {
  addGap,
  addGapAction,
  addMomentPrep,
  addStep,
  insertGoalTarget,
  insertStepTarget,
  insertValues,
  markStepDone,
  moveGap,
  moveStep,
  PLACEHOLDER_VALUES,
  setGapStatus,
  setReviewLast,
  type Move,
} from '../../../../src/core/edits';
import type { TextEdit } from '../../../../src/core/document/findings';
import type { GapStatus } from '../../../../src/core/plan/model';
import type { ParsedPlan } from '../../../../src/core/parse/parsePlan';
import { hostile, validDate } from '../arbitraries/scalars';
import { today } from '../arbitraries/today';
import type { Expectation } from './checkEdit';
import { clone, linesOfEntry, linesOfNode, type Region, type Snapshot } from './snapshot';

/**
 * Every edit operation of src/core/edits, with random arguments and a model of what it should do to
 * the frontmatter's data. `expect` returns undefined where the operation has nothing to do (the step
 * is already done, the index names no item, the key holds something else): then it must return no
 * edits. Otherwise it returns the data afterwards and the region the edits may touch.
 */
export interface EditOperation<A> {
  readonly name: string;
  readonly args: fc.Arbitrary<A>;
  run(parsed: ParsedPlan, args: A): TextEdit[];
  expect(before: Snapshot, args: A): Expectation | undefined;
}

/** What people type as a title: words in any script, and text YAML would misread unless quoted. */
export const titleText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('Staff engineer', 'Public speaking', 'Ünïcödé lead 🚀', '領導力', 'Ask for feedback monthly') },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'a: b', '# not a comment', '- dash first', 'true', 'null', '~', '123', '1e3', '.5', '0x10', '2027-01-01', '"quoted"', "it's",
      ' padded ', 'trailing space ', '[x]', '{y}', '*alias', '&anchor', '!tag', '@at', '%pct', '`tick`', '|', '>', '?', 'a #b', 'key:', 'line\nbreak',
      'tab\there', 'comma, inside', 'C:\\path', '\u2028sep', '\u00a0nbsp',
    ),
  },
  { weight: 1, arbitrary: hostile },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 16 }) },
);

/** Mostly an item that exists (lists hold a few), sometimes one past the end. */
const index = fc.nat({ max: 3 });
// Lists hold two or three items more often than six: small moves and positions find them.
const move: fc.Arbitrary<Move> = fc.oneof(fc.constantFrom(-1, 1, -2, 2), fc.record({ to: fc.nat({ max: 3 }) }));
const gapStatus = fc.constantFrom<GapStatus>('open', 'active', 'closed');

type Data = Record<string, unknown>;
type Item = Record<string, unknown>;

const isItem = (value: unknown): value is Item => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Sets one key of list item `i` under `key`: a bare text becomes `{ title, key }`, a mapping gets the
 * key when `update` says so. Undefined when nothing should change.
 */
function withItemField(before: Snapshot, key: string, i: number, field: string, update: (item: Item) => unknown): Expectation | undefined {
  const list = before.root?.entries.get(key);
  if (list?.node.kind !== 'seq' || !before.data) return undefined;
  const node = list.node.items[i];
  if (!node) return undefined;
  const data = clone(before.data);
  const items = data[key] as unknown[];
  const item = items[i];
  let next: unknown;
  if (node.kind === 'scalar') {
    if (typeof item !== 'string') return undefined;
    next = update({});
    if (next === undefined) return undefined;
    items[i] = { title: item, [field]: next };
  } else if (node.kind === 'map' && isItem(item)) {
    next = update(item);
    if (next === undefined) return undefined;
    item[field] = next;
  } else {
    return undefined;
  }
  return { region: linesOfNode(before, node), data };
}

/** Appends to the list under `key` (a top-level key, or one of a list item's). */
function appendedTo(owner: Data, key: string, item: unknown, regionOf: () => Expectation['region'], data: Data): Expectation | undefined {
  const current = owner[key];
  if (current === undefined) owner[key] = [item];
  else if (Array.isArray(current)) current.push(item);
  else return undefined;
  return { region: regionOf(), data };
}

function setTopLevel(before: Snapshot, key: string, value: unknown, replace: (current: unknown) => boolean): Expectation | undefined {
  if (!before.data || !before.root) return undefined;
  const current = before.data[key];
  if (current !== undefined && !replace(current)) return undefined;
  const data = clone(before.data);
  data[key] = value;
  const entry = before.root.entries.get(key);
  return { region: entry ? linesOfEntry(before, entry) : 'newLines', data };
}

const stepDone: EditOperation<{ i: number; today: IsoDate }> = {
  name: 'markStepDone',
  args: fc.record({ i: index, today }),
  run: (parsed, { i, today }) => markStepDone(parsed, i, today),
  expect: (before, { i, today }) => withItemField(before, 'steps', i, 'done', (step) => (step.done === undefined || step.done === false ? today : undefined)),
};

const stepTarget: EditOperation<{ i: number; date: IsoDate }> = {
  name: 'insertStepTarget',
  args: fc.record({ i: index, date: validDate }),
  run: (parsed, { i, date }) => insertStepTarget(parsed, i, date),
  expect: (before, { i, date }) => withItemField(before, 'steps', i, 'target', (step) => (step.target === undefined ? date : undefined)),
};

const gapStatusSet: EditOperation<{ i: number; status: GapStatus }> = {
  name: 'setGapStatus',
  args: fc.record({ i: index, status: gapStatus }),
  run: (parsed, { i, status }) => setGapStatus(parsed, i, status),
  expect: (before, { i, status }) => withItemField(before, 'gaps', i, 'status', (gap) => (gap.status === status ? undefined : status)),
};

const gapAction: EditOperation<{ i: number; text: string }> = {
  name: 'addGapAction',
  args: fc.record({ i: index, text: titleText }),
  run: (parsed, { i, text }) => addGapAction(parsed, i, text),
  expect: (before, { i, text }) =>
    withItemField(before, 'gaps', i, 'actions', (gap) => (gap.actions === undefined ? [text] : Array.isArray(gap.actions) ? [...gap.actions, text] : undefined)),
};

const momentPrep: EditOperation<{ i: number; text: string }> = {
  name: 'addMomentPrep',
  args: fc.record({ i: index, text: titleText }),
  run: (parsed, { i, text }) => addMomentPrep(parsed, i, text),
  expect: (before, { i, text }) => {
    const node = before.root?.entries.get('moments')?.node;
    if (node?.kind !== 'seq' || node.items[i]?.kind !== 'map') return undefined;
    return withItemField(before, 'moments', i, 'prep', (moment) => (moment.prep === undefined ? [text] : Array.isArray(moment.prep) ? [...moment.prep, text] : undefined));
  },
};

/** A new step or gap is `{title}` unless the list holds only bare titles (and no date comes with it). */
function newItem(current: unknown, title: string, extra: Item): unknown {
  const bareOnly = Array.isArray(current) && current.length > 0 && current.every((item) => typeof item === 'string');
  return bareOnly && Object.keys(extra).length === 0 ? title : { title, ...extra };
}

function appendTopLevel(before: Snapshot, key: string, title: string, extra: Item): Expectation | undefined {
  if (!before.data || !before.root) return undefined;
  const entry = before.root.entries.get(key);
  if (entry && entry.node.kind === 'scalar' && entry.node.value !== null) return undefined;
  if (entry && entry.node.kind === 'map') return undefined;
  const data = clone(before.data);
  return appendedTo(data, key, newItem(data[key], title, extra), () => (entry ? linesOfEntry(before, entry) : 'newLines'), data);
}

const stepAdd: EditOperation<{ title: string; target?: IsoDate }> = {
  name: 'addStep',
  args: fc.record({ title: titleText, target: validDate }, { requiredKeys: ['title'] }),
  run: (parsed, { title, target }) => addStep(parsed, title, target),
  expect: (before, { title, target }) => appendTopLevel(before, 'steps', title, target ? { target } : {}),
};

const gapAdd: EditOperation<{ title: string }> = {
  name: 'addGap',
  args: fc.record({ title: titleText }),
  run: (parsed, { title }) => addGap(parsed, title),
  expect: (before, { title }) => appendTopLevel(before, 'gaps', title, {}),
};

function moved(key: string, run: (parsed: ParsedPlan, i: number, move: Move) => TextEdit[]): EditOperation<{ i: number; move: Move }> {
  return {
    name: key === 'steps' ? 'moveStep' : 'moveGap',
    args: fc.record({ i: index, move }),
    run: (parsed, { i, move }) => run(parsed, i, move),
    expect: (before, { i, move }) => {
      const entry = before.root?.entries.get(key);
      if (entry?.node.kind !== 'seq' || !before.data) return undefined;
      const count = entry.node.items.length;
      const to = typeof move === 'number' ? i + move : move.to;
      if (i >= count || to < 0 || to >= count || to === i) return undefined;
      const data = clone(before.data);
      const items = data[key] as unknown[];
      items.splice(to, 0, ...items.splice(i, 1));
      const region = linesOfEntry(before, entry);
      const renumbered = key === 'steps' ? renumberBlocks(before, data, count, i, to) : [];
      // Renumbered digits on the steps' own lines (a one-line flow frontmatter) are not a reordering.
      const permutation = !renumbered.some((lines) => lines.start < region.end && region.start < lines.end);
      return { region, alsoTouches: renumbered, data, permutation };
    },
  };
}

/**
 * A gap's `blocks: <number>` names a step by its place, so a step's move renumbers it, in `data`,
 * to follow its step. Returns the lines of each number that changes, which the move may edit.
 */
function renumberBlocks(before: Snapshot, data: Data, count: number, from: number, to: number): Region[] {
  const gaps = before.root?.entries.get('gaps')?.node;
  if (gaps?.kind !== 'seq') return [];
  const order = Array.from({ length: count }, (_, index) => index);
  order.splice(to, 0, ...order.splice(from, 1));
  return gaps.items.flatMap((gap, index): Region[] => {
    const blocks = gap.kind === 'map' ? gap.entries.get('blocks')?.node : undefined;
    const number = blocks?.value;
    if (!blocks || typeof number !== 'number' || !Number.isInteger(number) || number < 1 || number > count) return [];
    const renumbered = order.indexOf(number - 1) + 1;
    if (renumbered === number) return [];
    ((data.gaps as Data[])[index]).blocks = renumbered;
    return [linesOfNode(before, blocks)];
  });
}

const valuesInsert: EditOperation<{ values?: string[] }> = {
  name: 'insertValues',
  args: fc.record({ values: fc.array(titleText, { minLength: 1, maxLength: 3 }) }, { requiredKeys: [] }),
  run: (parsed, { values }) => insertValues(parsed, values),
  expect: (before, { values }) => setTopLevel(before, 'values', [...(values ?? PLACEHOLDER_VALUES)], (current) => Array.isArray(current) && current.length === 0),
};

const goalTarget: EditOperation<{ date: IsoDate }> = {
  name: 'insertGoalTarget',
  args: fc.record({ date: validDate }),
  run: (parsed, { date }) => insertGoalTarget(parsed, date),
  expect: (before, { date }) => setTopLevel(before, 'target', date, () => false),
};

const reviewLast: EditOperation<{ today: IsoDate }> = {
  name: 'setReviewLast',
  args: fc.record({ today }),
  run: (parsed, { today }) => setReviewLast(parsed, today),
  expect: (before, { today }) => {
    const entry = before.root?.entries.get('review');
    if (entry?.node.kind !== 'map' || !before.data) return undefined;
    const data = clone(before.data);
    const review = data.review as Item;
    if (review.last === today) return undefined;
    review.last = today;
    return { region: linesOfEntry(before, entry), data };
  },
};

export const editOperations: readonly EditOperation<never>[] = [
  stepDone,
  stepTarget,
  stepAdd,
  moved('steps', moveStep),
  gapAdd,
  moved('gaps', moveGap),
  gapStatusSet,
  gapAction,
  valuesInsert,
  goalTarget,
  reviewLast,
  momentPrep,
] as unknown as readonly EditOperation<never>[];
