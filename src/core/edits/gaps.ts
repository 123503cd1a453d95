import type { IsoDate } from '../calendar/dates';
import type { TextEdit } from '../document/findings';
import type { GapStatus } from '../plan/model';
import type { ParsedPlan } from '../parse/parsePlan';
import { expandBareItem, setItemField, setMapField } from './fields';
import type { Fields } from './itemText';
import { appendAllToKeyList, appendToKeyList, moveKeyListItem, type Move } from './keyedLists';
import { isFlow, layoutOf } from './layout';

/** Moves a gap by a number of places (`-1` ranks it one higher) or to a position; its lines and comments move with it. */
export function moveGap(parsed: ParsedPlan, gapIndex: number, move: Move): TextEdit[] {
  const layout = layoutOf(parsed);
  return layout ? moveKeyListItem(layout, layout.root, 'gaps', gapIndex, move) : [];
}

/** Appends a gap (the least significant, at the bottom), creating `gaps:` when the plan has none. */
export function addGap(parsed: ParsedPlan, title: string): TextEdit[] {
  const layout = layoutOf(parsed);
  return layout ? appendToKeyList(layout, layout.root, 'gaps', title, { titled: true }) : [];
}

/** A gap to add: its title, and who named it (written as `source:`). */
export interface NewGap {
  readonly title: string;
  readonly source?: string;
}

/** Appends gaps in order, each with its `source:` when given, creating `gaps:` when the plan has none. */
export function addGaps(parsed: ParsedPlan, gaps: readonly NewGap[]): TextEdit[] {
  const layout = layoutOf(parsed);
  if (!layout) return [];
  const specs = gaps.map((gap): Fields | string => (gap.source ? [['title', gap.title], ['source', gap.source]] : gap.title));
  return appendAllToKeyList(layout, layout.root, 'gaps', specs, { titled: true });
}

/**
 * Closes a gap on a day: `status: closed` and `closed: <day>`, each added after the title (or the
 * status) when absent, replaced when different; a bare gap becomes a mapping with both.
 */
export function closeGap(parsed: ParsedPlan, gapIndex: number, day: IsoDate): TextEdit[] {
  const layout = layoutOf(parsed);
  const gaps = layout?.root.entries.get('gaps')?.node;
  if (!layout || gaps?.kind !== 'seq') return [];
  const gap = gaps.items[gapIndex];
  if (gap?.kind === 'scalar') return typeof gap.value === 'string' ? [expandBareItem(layout, gap, isFlow(layout, gaps), [['status', 'closed'], ['closed', day]])] : [];
  if (gap?.kind !== 'map') return [];
  return [
    ...setMapField(layout, gap, 'status', 'closed', { after: ['title'], overwrite: (node) => node.value !== 'closed' }),
    ...setMapField(layout, gap, 'closed', day, { after: ['status', 'title'], overwrite: (node) => node.value !== day }),
  ];
}

/** Sets a gap's `status:`, adding the key after its title when absent. */
export function setGapStatus(parsed: ParsedPlan, gapIndex: number, status: GapStatus): TextEdit[] {
  const layout = layoutOf(parsed);
  if (!layout) return [];
  return setItemField(layout, layout.root.entries.get('gaps')?.node, gapIndex, 'status', status, {
    after: ['title'],
    overwrite: (node) => node.value !== status,
  });
}

/** Appends an action to a gap, creating its `actions:` list when absent. */
export function addGapAction(parsed: ParsedPlan, gapIndex: number, text: string): TextEdit[] {
  const layout = layoutOf(parsed);
  const gaps = layout?.root.entries.get('gaps')?.node;
  if (!layout || gaps?.kind !== 'seq') return [];
  const gap = gaps.items[gapIndex];
  if (gap?.kind === 'scalar') return setItemField(layout, gaps, gapIndex, 'actions', [text]);
  return gap?.kind === 'map' ? appendToKeyList(layout, gap, 'actions', text) : [];
}
