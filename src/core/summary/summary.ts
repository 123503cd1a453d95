import { daysBetween, type IsoDate } from '../calendar/dates';
import type { ParsedPlan } from '../parse/parsePlan';
import type { Gap, Plan, Step } from '../plan/model';
import { openTargets } from '../schedule/next';
import { lastReview } from './lastReview';
import { questionsToAsk } from './questions';

/**
 * One screen for a 1:1 with a manager, a mentor or family: where the plan is going, what comes next,
 * what is being worked on, what changed since the last review and what to ask. Every string here is
 * plain text (plan text among it); the renderers escape all of it for their format.
 */
export interface Summary {
  readonly today: IsoDate;
  readonly goal?: Dated;
  /** The step not yet reached to count down to: the earliest dated one (overdue first), else the first. */
  readonly nextStep?: Dated;
  /** The first gap not closed, the one being worked on now. */
  readonly focus?: FocusGap;
  readonly changes: Changes;
  readonly questions: readonly string[];
}

export interface Dated {
  readonly title: string;
  readonly date?: IsoDate;
  /** Days from today to the date, negative when it has passed. */
  readonly daysLeft?: number;
}

export interface FocusGap {
  readonly title: string;
  /** Its first action not yet done. */
  readonly nextAction?: string;
  /** Who named the gap. */
  readonly source?: string;
}

export interface Changes {
  /** The day of the last review: its `## Reviews` entry's or `review.last`, the later one. */
  readonly since?: IsoDate;
  /** The lines of that review's entry, as written. */
  readonly atReview: readonly string[];
  /** Steps reached and gaps closed after it, from their `done` and `closed` dates, oldest first. */
  readonly after: readonly string[];
}

export function buildSummary(parsed: ParsedPlan, today: IsoDate): Summary {
  const { plan } = parsed;
  const goal = plan.goal && dated(plan.goal.value, plan.target?.value, today);
  const next = nextStep(plan, today);
  const nextStepShown = next && dated(next.title.value, next.target?.value, today);
  const focusGap = plan.gaps.find((gap) => gap.status !== 'closed');
  const focus = focusGap && focusOf(focusGap);
  return {
    today,
    goal,
    nextStep: nextStepShown,
    focus,
    changes: changesSince(parsed, today),
    questions: questionsToAsk({ goal: goal?.title, nextStep: nextStepShown, focus: focus?.title }),
  };
}

function dated(title: string, date: IsoDate | undefined, today: IsoDate): Dated {
  return date ? { title, date, daysLeft: daysBetween(today, date) } : { title };
}

/** The step the status bar counts down to (schedule's targets), or the first unreached step when none has a date. */
function nextStep(plan: Plan, today: IsoDate): Step | undefined {
  const target = openTargets(plan, today).find((t) => t.kind === 'step');
  const counted = target && plan.steps.find((step) => `steps[${step.index}]` === target.subject);
  return counted ?? plan.steps.find((step) => !step.done);
}

function focusOf(gap: Gap): FocusGap {
  const action = gap.actions.find((a) => !a.done);
  return { title: gap.title.value, nextAction: action?.title.value, source: gap.source?.value };
}

function changesSince(parsed: ParsedPlan, today: IsoDate): Changes {
  const { plan } = parsed;
  const entry = lastReview(parsed);
  const recorded = plan.review?.last?.value;
  const since = [entry?.date, recorded].filter((d): d is IsoDate => d !== undefined).sort().at(-1);
  const events: { date: IsoDate; text: string }[] = [];
  if (since) {
    for (const step of plan.steps) {
      const done = step.done?.value;
      if (typeof done === 'string' && done > since && done <= today) events.push({ date: done, text: `Reached “${step.title.value}” on ${done}` });
    }
    for (const gap of plan.gaps) {
      const closed = gap.closed?.value;
      if (gap.status === 'closed' && closed && closed > since && closed <= today) events.push({ date: closed, text: `Closed the gap “${gap.title.value}” on ${closed}` });
    }
  }
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  // Only the entry written on that day belongs to the last review.
  const atReview = entry && entry.date === since ? entry.lines : [];
  return { since, atReview, after: events.map((e) => e.text) };
}
