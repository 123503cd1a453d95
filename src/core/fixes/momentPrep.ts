import { isEmptyValue, setMapField } from '../edits/fields';
import { layoutOf, topEntry } from '../edits/layout';
import { appendListItem } from '../edits/lists';
import type { TextEdit } from '../document/findings';
import type { MomentKind } from '../plan/model';
import type { ParsedPlan } from '../parse/parsePlan';
import type { YNode } from '../parse/yamlTree';

/** What is worth doing before each kind of key moment, as actions to tick off. */
const CHECKLISTS: Record<MomentKind, readonly string[]> = {
  review: [
    'Write down three results since the last review with their numbers',
    'Gather the feedback you received since then',
    'Decide what you will ask for next',
    'Tie your results to the next step of this plan',
  ],
  interview: [
    'Learn how the company and the team work',
    'Prepare two stories for each skill the posting asks for',
    'Write the questions you will ask the interviewers',
    'Rehearse your answers out loud once',
  ],
  offer: [
    'Compare the offer with your goal and your values',
    'Check what the role pays in the market',
    'List your open questions about the role and the team',
    'Decide the point at which you would say no',
  ],
  negotiation: [
    'Find your market value from two independent sources',
    'Write down your ask and the least you would accept',
    'List the results that back up the ask',
    'Rehearse your opening sentence',
  ],
  conversation: [
    'Write the one outcome you want from the conversation',
    'Note the points you want to raise',
    'Prepare a question that invites honest feedback',
  ],
  presentation: [
    'Outline the three messages the audience should keep',
    'Rehearse it once against a timer',
    'Prepare answers to the two hardest questions',
  ],
  other: [
    'Write the outcome you want from it',
    'List what you need to have ready',
    'Block time in your calendar to prepare',
  ],
};

export function prepChecklist(kind: MomentKind): readonly string[] {
  return CHECKLISTS[kind];
}

/**
 * Adds the checklist for a key moment's kind to its `actions`, leaving out items already there, so
 * the moment shows what is left to prepare in the tree and in the linter's eyes. Written with the
 * core edit operations, in the file's own style; undefined when there is nothing to add or the
 * frontmatter cannot be edited safely (broken YAML, no such moment).
 */
export function insertMomentPrep(parsed: ParsedPlan, momentIndex: number): TextEdit[] | undefined {
  const moment = parsed.plan.moments.find((candidate) => candidate.index === momentIndex);
  const layout = layoutOf(parsed);
  if (!moment || !layout) return undefined;
  const list = topEntry(layout, 'moments')?.node;
  const node = list?.kind === 'seq' ? list.items[momentIndex] : undefined;
  if (node?.kind !== 'map') return undefined;

  const written = new Set(moment.actions.map((action) => normalize(action.title.value)));
  const items = prepChecklist(moment.kind).filter((item) => !written.has(normalize(item)));
  if (items.length === 0) return undefined;

  const actions = node.entries.get('actions')?.node;
  const isEmptyList = (value: YNode) => value.kind === 'seq' && value.items.length === 0;
  if (!actions || isEmptyValue(actions) || isEmptyList(actions)) {
    const edits = setMapField(layout, node, 'actions', items, { overwrite: isEmptyList });
    return edits.length > 0 ? edits : undefined;
  }
  if (actions.kind !== 'seq') return undefined;
  // Each append lands at the same offset: one insertion keeps their order certain.
  const appended = items.map((item) => appendListItem(layout, actions, item));
  return [{ span: appended[0].span, newText: appended.map((edit) => edit.newText).join('') }];
}

const normalize = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
