import type { IsoDate } from '../calendar/dates';
import { readProseDate } from '../calendar/proseDate';
import type { TextEdit } from '../document/findings';
import { parsePlan, type ParsedPlan } from '../parse/parsePlan';
import type { Action, Plan, ReadItem } from '../plan/model';
import { frontmatterText, type ActionToWrite, type DateToWrite, type FrontmatterContent } from './frontmatterText';
import { unreadParts, type UnreadPart } from './unreadParts';

export type Conversion =
  | {
      readonly ok: true;
      /** The one edit: the frontmatter inserted at the top, the plan below it untouched. */
      readonly edit: TextEdit;
      /** The file after the edit. */
      readonly text: string;
      /** What was read but could not go into the frontmatter: left in the body, listed here. */
      readonly unread: readonly UnreadPart[];
      /** The shape the plan was read as ("Career goal, steps and gaps (Brechner’s template)"). */
      readonly shapeName: string;
      /** The plan as read from its body, which the frontmatter writes down. */
      readonly read: Plan;
    }
  | { readonly ok: false; readonly reason: 'has-frontmatter' | 'not-a-plan'; readonly message: string };

/**
 * Converts a plan written without frontmatter (read by src/core/bodyplan/) into one with it: the
 * goal, its target, the steps with theirs and the gaps in rank order, written as YAML above the plan,
 * whose every line stays below exactly as it was. Dates written in prose become calendar dates
 * (see calendar/proseDate.ts) with their words kept in a comment; a date counted from today ("in two
 * years") says from which day. `today` is that day.
 */
export function convertPlan(text: string, today: IsoDate): Conversion {
  const parsed = parsePlan(text, { today });
  const { plan } = parsed;
  if (plan.readFrom !== 'body' || !plan.reading) {
    return plan.frontmatter
      ? { ok: false, reason: 'has-frontmatter', message: 'This plan already has frontmatter: there is nothing to convert.' }
      : { ok: false, reason: 'not-a-plan', message: 'No career goal, steps or gaps were found in this file, so there is nothing to convert: write a "Career goal:" line and the steps below it.' };
  }
  const eol = /\r\n/.exec(text)?.[0] ?? '\n';
  const at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const content = contentOf(parsed, today);
  // Actions the body's task lists give again once the plan has frontmatter are left to them, so none is read twice.
  const draft = text.slice(0, at) + frontmatterText(content, eol) + text.slice(at);
  const again = parsePlan(draft, { today }).plan;
  const withActions: FrontmatterContent = {
    ...content,
    steps: content.steps.map((step, index) => ({ ...step, actions: missing(plan.steps[index].actions, again.steps[index]?.actions ?? []) })),
    gaps: content.gaps.map((gap, index) => ({ ...gap, actions: missing(plan.gaps[index].actions, again.gaps[index]?.actions ?? []) })),
  };
  const newText = frontmatterText(withActions, eol);
  const edit = { span: { start: at, end: at }, newText };
  return { ok: true, edit, text: text.slice(0, at) + newText + text.slice(at), unread: unreadParts(parsed, content), shapeName: plan.reading.shapeName, read: plan };
}

function contentOf(parsed: ParsedPlan, today: IsoDate): FrontmatterContent {
  const { plan } = parsed;
  const reading = plan.reading!;
  const item = (kind: ReadItem['kind'], index: number) => reading.items.find((read) => read.kind === kind && read.index === index);
  const dateOf = (read: ReadItem | undefined, value: IsoDate | undefined): DateToWrite | undefined => {
    if (value === undefined) return undefined;
    if (!read?.date || read.date.iso) return { date: value };
    // A date counted from today ("in two years") says from which day, or it would move unseen.
    return { date: value, words: readProseDate(read.date.words, today)?.relative ? `${read.date.words} (counted from ${today})` : read.date.words };
  };
  return {
    origin: `Read from the plan below, which stays as written: ${reading.shapeName}.`,
    goal: plan.goal?.value,
    target: dateOf(item('goal', 0), plan.target?.value),
    values: plan.values.map((value) => value.value),
    steps: plan.steps.map((step) => ({ title: step.title.value, target: dateOf(item('step', step.index), step.target?.value), done: step.done !== undefined, actions: [] })),
    gaps: plan.gaps.map((gap) => ({ title: gap.title.value, closed: gap.status === 'closed', actions: [] })),
  };
}

/** The actions of `read` that `found` does not hold (by title), to write in the frontmatter. */
function missing(read: readonly Action[], found: readonly Action[]): ActionToWrite[] {
  const titles = new Set(found.map((action) => action.title.value.trim().toLowerCase()));
  return read.filter((action) => !titles.has(action.title.value.trim().toLowerCase())).map((action) => ({ title: action.title.value, done: action.done, ...(action.due && { due: action.due.value }) }));
}
