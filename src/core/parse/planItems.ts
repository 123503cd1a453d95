import { isIsoDate, type IsoDate } from '../calendar/dates';
import { GAP_STATUSES } from '../format/gap';
import { MOMENT_KINDS } from '../format/moment';
import { stepNumberOf } from '../format/stepNumber';
import type { Action, Company, Gap, Located, Moment, MomentKind, Step } from '../plan/model';
import type { Span } from '../document/range';
import { withAsWritten } from './asWritten';
import type { BodyActions } from './bodyActions';
import { titleKey } from './titles';
import { field, list, type ValueReader } from './valueReader';
import type { YNode } from './yamlNodes';

/**
 * The plan's list items (steps, gaps, moments, companies) and their actions, built from the
 * frontmatter's tree. An item without a title is left out: validation said what is missing, and no
 * view could name it. The keys held as written are read from the format table (withAsWritten); the
 * keys the model holds in a form of its own (OWN_FORM_KEYS) are built here.
 */

/** A value validation let through that still names nothing, such as a `blocks:` naming no step. */
export interface BuildProblem {
  readonly span: Span;
  readonly message: string;
  readonly subject: string;
}

/** What building items needs: the values' reader, the body's actions, and where problems go. */
export interface ItemContext {
  readonly read: ValueReader;
  readonly bodyActions: BodyActions;
  readonly problems: BuildProblem[];
}

/** The steps, with each one's title key, which gaps' `blocks:` is matched against. */
export interface ReadSteps {
  readonly steps: Step[];
  /** titleKey of each step's title, in the order of `steps`. */
  readonly keys: string[];
}

export function readSteps(node: YNode | undefined, context: ItemContext): ReadSteps {
  const { read } = context;
  const keys: string[] = [];
  const steps = list(node).flatMap((item, index): Step[] => {
    const title = read.titleOf(item);
    if (!title) return [];
    const key = titleKey(title.value);
    keys.push(key);
    return [withAsWritten({
      index,
      title,
      done: readDone(field(item, 'done'), read),
      actions: readActions(item, key, context),
      ...read.locationOf(item),
    }, item, 'step', read)];
  });
  return { steps, keys };
}

/** A step's `done`: the day it was reached, or true when the day was not written; false is not done. */
function readDone(node: YNode | undefined, read: ValueReader): Located<IsoDate | true> | undefined {
  return node?.kind === 'scalar' && node.value === true ? read.located(node, true) : read.date(node);
}

export function readGaps(node: YNode | undefined, steps: ReadSteps, context: ItemContext): Gap[] {
  const { read } = context;
  return list(node).flatMap((item, index): Gap[] => {
    const title = read.titleOf(item);
    if (!title) return [];
    const status = read.oneOf(field(item, 'status'), GAP_STATUSES);
    return [withAsWritten({
      index,
      title,
      status: status?.value ?? 'open',
      statusRange: status?.range,
      blocks: resolveBlocks(field(item, 'blocks'), steps, `gaps[${index}].blocks`, context),
      actions: readActions(item, titleKey(title.value), context),
      short: item.kind === 'scalar',
      ...read.locationOf(item),
    }, item, 'gap', read)];
  });
}

/** The step a gap's `blocks:` names, by its title or its number (1 is the first), as its index. */
function resolveBlocks(node: YNode | undefined, { steps, keys }: ReadSteps, subject: string, context: ItemContext): Located<number> | undefined {
  if (node?.kind !== 'scalar' || node.value === null) return undefined;
  const wanted = node.value;
  // A title wins over a number in quotes: a step may be called "2".
  const byTitle = typeof wanted === 'string' ? keys.indexOf(titleKey(wanted)) : -1;
  const number = stepNumberOf(wanted);
  const at = byTitle !== -1 || number === undefined ? byTitle : steps.findIndex((step) => step.index === number - 1);
  if (at === -1) {
    context.problems.push({ span: node.span, message: `\`${String(wanted)}\` names no step of this plan: write a step's title or its number (1 is the first).`, subject });
    return undefined;
  }
  return context.read.located(node, steps[at].index);
}

export function readMoments(node: YNode | undefined, context: ItemContext): Moment[] {
  const { read } = context;
  return list(node).flatMap((item, index): Moment[] => {
    const title = read.titleOf(item);
    if (!title) return [];
    return [withAsWritten({
      index,
      title,
      kind: read.oneOf(field(item, 'kind'), MOMENT_KINDS)?.value ?? guessKind(title.value),
      prep: read.texts(field(item, 'prep')),
      actions: readActions(item, titleKey(title.value), context),
      ...read.locationOf(item),
    }, item, 'moment', read)];
  });
}

/** A moment written without a kind: guessed from its title, so a review is counted as one. */
function guessKind(title: string): MomentKind {
  const t = title.toLowerCase();
  if (/review|appraisal|assessment|connect\b/.test(t)) return 'review';
  if (/interview|onsite|screen/.test(t)) return 'interview';
  if (/negotiat|raise|salary/.test(t)) return 'negotiation';
  if (/offer/.test(t)) return 'offer';
  if (/talk|present|pitch|demo|keynote/.test(t)) return 'presentation';
  if (/1:1|one-on-one|conversation|meeting|chat/.test(t)) return 'conversation';
  return 'other';
}

export function readCompanies(node: YNode | undefined, { read }: ItemContext): Company[] {
  return list(node).flatMap((item, index): Company[] => {
    const name = read.titleOf(item, 'name');
    if (!name) return [];
    return [withAsWritten({
      index,
      name,
      connections: read.texts(field(item, 'connections')),
      postings: read.texts(field(item, 'postings')),
      ...read.locationOf(item),
    }, item, 'company', read)];
  });
}

/** An item's actions: those under its `actions:`, then the body's tasks under a heading naming it (`key`, its title key). */
function readActions(item: YNode, key: string, { read, bodyActions }: ItemContext): Action[] {
  const written = list(field(item, 'actions')).flatMap((action): Action[] => {
    const title = read.titleOf(action);
    if (!title) return [];
    return [withAsWritten({ title, done: isDone(field(action, 'done')), source: 'frontmatter' as const, location: read.locationOf(action) }, action, 'action', read)];
  });
  return [...written, ...bodyActions.of(key)];
}

/** An action is done when `done:` is true or the day it was done. */
function isDone(node: YNode | undefined): boolean {
  return node?.kind === 'scalar' && (node.value === true || (typeof node.value === 'string' && isIsoDate(node.value)));
}
