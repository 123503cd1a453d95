import type { ParsedPlan } from '../parse/parsePlan';
import { findTimeExpressions, findVagueHorizons } from '../smart/deadline';
import type { FrontmatterContent } from './frontmatterText';

/** Something in the plan a conversion could not write into the frontmatter: it stays in the body as it is. */
export interface UnreadPart {
  /** 0-based line in the original text. */
  readonly line: number;
  /** The words as written. */
  readonly text: string;
  /** Why, and what to do about it. */
  readonly reason: string;
}

const SLOT_NAMES = { goal: 'the career goal', target: 'a target date', step: 'a step', gap: 'a gap', action: 'an action' } as const;

/**
 * What the conversion left out: a template's placeholders, time words on the goal's or a step's
 * line that are not a date it could read ("by the time I turn 30"), and a stretch of the body too
 * long to read. In the order of the lines.
 */
export function unreadParts(parsed: ParsedPlan, content: FrontmatterContent): UnreadPart[] {
  const { plan, text, lines } = parsed;
  const reading = plan.reading!;
  const parts: UnreadPart[] = reading.placeholders.map((slot) => ({
    line: slot.range.start.line,
    text: slot.text,
    reason: `a template's placeholder where ${SLOT_NAMES[slot.slot]} belongs: write it there, then convert again or add it to the frontmatter`,
  }));
  const undated = [
    ...(content.target ? [] : reading.items.filter((item) => item.kind === 'goal')),
    ...reading.items.filter((item) => item.kind === 'step' && !content.steps[item.index]?.target),
  ];
  for (const item of undated) {
    const line = text.slice(item.span.start, item.span.end);
    // Time words that are no date, and vague ones ("soon", "in the coming years"), in the line's order.
    const times = findTimeExpressions(line).filter((words) => words.kind !== 'recurrence');
    const vague = findVagueHorizons(line).filter((words) => !times.some((time) => words.start < time.end && time.start < words.end));
    const found = [...times, ...vague].sort((a, b) => a.start - b.start);
    for (const words of found) {
      parts.push({ line: item.range.start.line, text: words.text, reason: `not a date that could be read, so ${item.kind === 'goal' ? 'the goal' : `step ${item.index + 1}`} has no target: write one as YYYY-MM-DD` });
    }
  }
  if (plan.body.unreadFrom !== undefined) {
    parts.push({ line: lines.positionAt(plan.body.unreadFrom).line, text: '', reason: 'the notes from this line on were too long to read' });
  }
  return parts.sort((a, b) => a.line - b.line);
}
