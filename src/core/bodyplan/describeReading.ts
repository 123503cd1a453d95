import type { Plan, ReadLine } from '../plan/model';

/**
 * What "Show how this plan was read" says of each line of a body-only plan and of the whole: which
 * line gave the goal, each step with its target, each gap with its rank, the actions, the slots
 * still holding a placeholder, and the lines left as notes.
 */
export function describeLine(plan: Plan, line: ReadLine): string {
  const index = line.index ?? 0;
  switch (line.role) {
    case 'goal':
      return plan.target ? `goal (target ${plan.target.value})` : 'goal';
    case 'target':
      return plan.target ? `the goal's target: ${plan.target.value}` : 'target';
    case 'step': {
      const step = plan.steps[index];
      const date = plan.reading?.items.find((item) => item.kind === 'step' && item.index === index)?.date;
      if (!step) return 'step';
      const target = step.target ? `, target ${step.target.value}${date && !date.iso ? ` (“${date.words}”)` : ''}` : ', no target date';
      return `step ${index + 1}: ${step.title.value}${target}${step.done ? ', done' : ''}`;
    }
    case 'gap': {
      const gap = plan.gaps[index];
      return gap ? `gap ${index + 1}${index === 0 ? ' (the most significant)' : ''}: ${gap.title.value}` : 'gap';
    }
    case 'action':
      return `action of ${plan.steps.some((step) => step.actions.some((action) => action.location.span.start === line.span.start)) ? `step ${index + 1}` : `gap ${index + 1}`}`;
    case 'heading':
      return 'heading of a part of the plan';
    case 'placeholder':
      return 'placeholder still to fill in';
    case 'note':
      return 'note, left as written';
  }
}

/** One sentence on the whole reading. */
export function describeReading(plan: Plan): string {
  const reading = plan.reading;
  if (plan.readFrom !== 'body' || !reading) return 'This plan is read from its YAML frontmatter.';
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const notes = reading.lines.filter((line) => line.role === 'note').length;
  const parts = [
    plan.goal ? 'a goal' : 'no goal yet',
    count(plan.steps.length, 'step', 'steps'),
    count(plan.gaps.length, 'gap', 'gaps'),
    ...(reading.placeholders.length > 0 ? [count(reading.placeholders.length, 'placeholder to fill in', 'placeholders to fill in')] : []),
  ];
  return `Read from the Markdown as ${reading.shapeName}: ${parts.join(', ')}; ${count(notes, 'line', 'lines')} left as notes.`;
}
