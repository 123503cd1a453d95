import type { ParsedPlan } from '../../../src/core/parse/parsePlan';

/**
 * What a body-only plan was read as, in the few words a person checks: the shape, the goal and its
 * target, each step and gap with its line (1-based) and date words, the placeholders and the lines
 * left as notes. The fixtures' expected readings (test/fixtures/bodyplans/*.reading.json) are these.
 */
export function summarise({ plan, text }: ParsedPlan): unknown {
  const reading = plan.reading;
  if (!reading) return { readFrom: plan.readFrom };
  const line = (range: { start: { line: number } }) => range.start.line + 1;
  const words = (span: { start: number; end: number }) => text.slice(span.start, span.end);
  const itemDate = (kind: 'step' | 'gap', index: number) => reading.items.find((item) => item.kind === kind && item.index === index)?.date;
  return {
    shape: reading.shape,
    ...(plan.goal && { goal: plan.goal.value }),
    ...(plan.target && { target: { date: plan.target.value, words: words(plan.target.span), line: line(plan.target.range) } }),
    steps: plan.steps.map((step) => ({
      title: step.title.value,
      line: line(step.range),
      ...(step.target && { target: step.target.value, words: itemDate('step', step.index)?.words }),
      ...(step.done && { done: true }),
      ...(step.actions.length > 0 && { actions: step.actions.map((action) => `${action.done ? '[x]' : '[ ]'} ${action.title.value}${action.due ? ` (${action.due.value})` : ''}`) }),
    })),
    gaps: plan.gaps.map((gap) => ({
      title: gap.title.value,
      line: line(gap.range),
      ...(gap.actions.length > 0 && { actions: gap.actions.map((action) => `${action.done ? '[x]' : '[ ]'} ${action.title.value}${action.due ? ` (${action.due.value})` : ''}`) }),
    })),
    placeholders: reading.placeholders.map((slot) => `${line(slot.range)} ${slot.slot}: ${slot.text}`),
    notes: reading.lines.filter((read) => read.role === 'note').map((read) => line(read.range)),
  };
}
