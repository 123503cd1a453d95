import type { Plan } from '../plan/model';
import type { Range } from '../document/range';

const SUBJECT = /^(steps|gaps|moments)\[(\d{1,6})\]$|^(goal|target|review)$/;

/** Whether a text names a plan element the timeline can point at; anything else from a webview is ignored. */
export function isTimelineSubject(value: unknown): value is string {
  return typeof value === 'string' && SUBJECT.test(value);
}

/** Where a subject such as `steps[1]`, `goal` or `review` is written in the plan, to reveal it. */
export function subjectRange(plan: Plan, subject: string): Range | undefined {
  const match = SUBJECT.exec(subject);
  if (!match) return undefined;
  if (match[1]) {
    const index = Number(match[2]);
    const list = match[1] === 'steps' ? plan.steps : match[1] === 'gaps' ? plan.gaps : plan.moments;
    return list.find((item) => item.index === index)?.title.range;
  }
  switch (match[3]) {
    case 'goal':
      return plan.goal?.range ?? plan.target?.range;
    case 'target':
      return plan.target?.range;
    default:
      return plan.review?.range;
  }
}
