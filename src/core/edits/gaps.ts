import type { IsoDate } from '../calendar/dates';
import type { TextEdit } from '../document/findings';
import type { GapStatus } from '../plan/model';
import type { ParsedPlan } from '../parse/parsePlan';
import { addFields, expandBareItem, setItemField, setMapField } from './fields';
import { appendToKeyList, moveKeyListItem, type Move } from './keyedLists';
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

/**
 * Closes a gap on `today`: `status: closed` (replacing open or active, or added after the title)
 * and `closed: <today>` after it, as one change. A bare gap becomes a mapping with both keys. A gap
 * already closed is left alone.
 */
export function closeGap(parsed: ParsedPlan, gapIndex: number, today: IsoDate): TextEdit[] {
  const layout = layoutOf(parsed);
  const gaps = layout?.root.entries.get('gaps')?.node;
  if (!layout || gaps?.kind !== 'seq') return [];
  const gap = gaps.items[gapIndex];
  const fields: [string, string][] = [['status', 'closed'], ['closed', today]];
  if (gap?.kind === 'scalar') return typeof gap.value === 'string' ? [expandBareItem(layout, gap, isFlow(layout, gaps), fields)] : [];
  if (gap?.kind !== 'map') return [];
  const status = gap.entries.get('status');
  if (status?.node.kind === 'scalar' && status.node.value === 'closed') return [];
  if (!status) return [addFields(layout, gap, fields, { after: ['title'] })];
  const overwrite = () => true;
  return [...setMapField(layout, gap, 'status', 'closed', { overwrite }), ...setMapField(layout, gap, 'closed', today, { after: ['status'], overwrite })];
}
