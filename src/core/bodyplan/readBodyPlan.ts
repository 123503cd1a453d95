import type { IsoDate } from '../calendar/dates';
import type { LineIndex } from '../document/lineIndex';
import type { Span } from '../document/range';
import type { Action, Body, BodyReading, Gap, Located, Plan, ReadDate, ReadItem, ReadLine, Step } from '../plan/model';
import type { FoundDate } from './dates';
import { readOutline } from './outline';
import { WHAT_TO_WRITE } from './placeholders';
import { recognise, type ReadAction, type ReadEntry } from './recognise';

/** A finding of the reading, for the parser to report under its rule (CP009). */
export interface BodyPlanProblem {
  readonly ruleId: string;
  readonly span: Span;
  readonly message: string;
  readonly subject: string;
}

export interface BodyPlan {
  readonly plan: Plan;
  readonly problems: readonly BodyPlanProblem[];
}

/**
 * Reads a body with no frontmatter as a plan, when a shape (shapes/) recognises one in it: the same
 * model the frontmatter gives, each value's range in the body as written, and the reading (which
 * line was read as what) for the views. Undefined when the body is notes, not a plan. Dates
 * counted from today ("in two years") are read only when `today` is given.
 */
export function readBodyPlan(text: string, body: Body, lines: LineIndex, today?: IsoDate): BodyPlan | undefined {
  const blocks = readOutline(text, body.offset, lines, body.headings, body.unreadFrom ?? text.length);
  const read = recognise(text, blocks, today);
  if (!read) return undefined;
  const located = <T>(value: T, span: Span): Located<T> => ({ value, span, range: lines.rangeOf(span) });
  const locatedDate = (date: FoundDate): ReadDate => ({ ...located(date.value, date.span), words: date.words, iso: date.iso });
  const words = (span: Span) => text.slice(span.start, span.end);
  const location = (span: Span) => ({ span, range: lines.rangeOf(span) });

  const actions = (entry: ReadEntry): Action[] =>
    entry.actions.map((action: ReadAction) => ({
      title: located(words(action.words.title), action.words.title),
      done: action.checked,
      source: 'body' as const,
      location: location(action.block.span),
      ...(action.words.date && { due: located(action.words.date.value, action.words.date.span) }),
    }));
  const steps: Step[] = read.steps.map((entry, index) => ({
    index,
    title: located(words(entry.words.title), entry.words.title),
    ...(entry.done && { done: located(true as const, entry.block.span) }),
    ...(entry.words.date && { target: located(entry.words.date.value, entry.words.date.span) }),
    actions: actions(entry),
    ...location(entry.block.span),
  }));
  const gaps: Gap[] = read.gaps.map((entry, index) => ({
    index,
    title: located(words(entry.words.title), entry.words.title),
    status: entry.done ? 'closed' : 'open',
    actions: actions(entry),
    short: true,
    ...location(entry.block.span),
  }));

  const items: ReadItem[] = [];
  if (read.goal) items.push({ kind: 'goal', index: 0, ...location(read.goal.block.span), ...(read.target && { date: locatedDate(read.target.date) }) });
  read.steps.forEach((entry, index) => items.push({ kind: 'step', index, ...location(entry.block.span), ...(entry.words.date && { date: locatedDate(entry.words.date) }) }));
  read.gaps.forEach((entry, index) => items.push({ kind: 'gap', index, ...location(entry.block.span) }));

  const indexOf = new Map<object, number>();
  read.steps.forEach((entry, index) => indexOf.set(entry.block, index));
  read.gaps.forEach((entry, index) => indexOf.set(entry.block, index));
  [...read.steps, ...read.gaps].forEach((entry) => entry.actions.forEach((action) => indexOf.set(action.block, indexOf.get(entry.block)!)));
  const readLines: ReadLine[] = blocks.map((block) => {
    const role = read.roles.get(block) ?? 'note';
    const index = indexOf.get(block);
    return { role, ...location(block.span), ...(index !== undefined && { index }) };
  });
  const placeholders = read.placeholders.map((slot) => ({ ...slot, range: lines.rangeOf(slot.span) }));
  const reading: BodyReading = { shape: read.shape.id, shapeName: read.shape.name, items, lines: readLines, placeholders };

  const plan: Plan = {
    readFrom: 'body',
    reading,
    values: [],
    steps,
    gaps,
    moments: [],
    companies: [],
    body,
    ...(read.goal && { goal: located(words(read.goal.span), read.goal.span) }),
    ...(read.target && { target: located(read.target.date.value, read.target.date.span) }),
  };
  const problems = placeholders.map((slot) => ({
    ruleId: 'CP009',
    span: slot.span,
    message: `Replace \`${slot.text}\`, the template's placeholder, with ${WHAT_TO_WRITE[slot.slot]}.`,
    subject: slot.slot,
  }));
  return { plan, problems };
}
