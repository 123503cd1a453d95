import { addMonths, type IsoDate } from '../calendar/dates';
import { oneLine } from '../document/oneLine';
import type { Plan } from '../plan/model';
import { analyzeGoal } from '../smart/analyzeGoal';
import type { LearnedReader } from '../smart/learnedReader';
import { VERBS } from '../smart/clauses';
import { FUNCTION_WORDS, GENERAL_WORDS, QUALITIES } from '../smart/lexicon';

/** A date to offer for the goal's deadline, with why it is offered. */
export interface DateChoice {
  readonly date: IsoDate;
  readonly reason: 'last step' | 'months';
  readonly months?: number;
}

/**
 * What a goal lacks and the choices to offer for each part, so the rewrite asks only for what is
 * missing: what exactly (S), how you will know (M), by when (T). Choices come from the plan itself:
 * its gaps name skills, its steps name roles and milestones, its steps' targets name dates.
 */
export interface GoalCoaching {
  readonly goal: string;
  readonly needsWhat: boolean;
  readonly needsMeasure: boolean;
  readonly needsDate: boolean;
  /** The goal's own vague words ("skills", "grow"), to name in the question. */
  readonly vagueWords: readonly string[];
  /** Skills and subjects from the plan's open gaps. */
  readonly whatChoices: readonly string[];
  /** Finish lines from the plan's steps, written to follow "until I …". */
  readonly measureChoices: readonly string[];
  readonly dateChoices: readonly DateChoice[];
}

/** The coaching for a plan's goal, or undefined when it has none or lacks nothing; judged as the lint judged it, with the learned reader where it had one. */
export function coachGoal(plan: Plan, today: IsoDate, reader?: LearnedReader): GoalCoaching | undefined {
  const goal = plan.goal?.value;
  if (!goal?.trim()) return undefined;
  const analysis = analyzeGoal(goal, undefined, reader);
  const needsWhat = !analysis.specific.ok;
  const needsMeasure = !analysis.measurable.ok;
  const needsDate = analysis.deadlines.length === 0 && !plan.target;
  if (!needsWhat && !needsMeasure && !needsDate) return undefined;
  const vagueWords = [...(analysis.specific.ok ? [] : analysis.specific.words), ...(analysis.measurable.ok ? [] : analysis.measurable.words)];
  const whatChoices = unique(plan.gaps.filter((gap) => gap.status !== 'closed').map((gap) => gap.title.value.trim()));
  const measureChoices = unique(plan.steps.filter((step) => !step.done).map((step) => finishLine(step.title.value)));
  const lastStep = plan.steps.map((step) => step.target?.value).filter((date): date is IsoDate => date !== undefined && date > today).sort().at(-1);
  const dateChoices: DateChoice[] = [
    ...(lastStep ? [{ date: lastStep, reason: 'last step' as const }] : []),
    ...[6, 12, 24].map((months) => ({ date: addMonths(today, months), reason: 'months' as const, months })).filter((choice) => choice.date !== lastStep),
  ];
  return { goal, needsWhat, needsMeasure, needsDate, vagueWords: unique(vagueWords), whatChoices, measureChoices, dateChoices };
}

/** A step's title as what follows "until I": "Become a manager" → "become a manager", "Senior engineer at Acme" → "reach Senior engineer at Acme". */
export function finishLine(title: string): string {
  const text = title.trim().replace(/[.!]+$/, '');
  const first = /^\S+/.exec(text)?.[0] ?? '';
  return VERBS.has(first.toLowerCase()) ? `${first.toLowerCase()}${text.slice(first.length)}` : `reach ${text}`;
}

/**
 * The goal rewritten with the answers, for the person to edit before it is saved: "Grow as a leader
 * and work on my skills" with "giving feedback" and "become a manager" reads "Grow as a leader and
 * work on my skills, focusing on giving feedback, until I become a manager".
 */
export function draftGoal(goal: string, answers: { readonly what?: string; readonly measure?: string }): string {
  let draft = goal.trim().replace(/[\s.!;,]+$/, '');
  const what = answers.what?.trim();
  const measure = answers.measure?.trim().replace(/^until I\s+/i, '');
  if (what) draft += `, focusing on ${lowerFirst(what)}`;
  if (measure) draft += `, until I ${measure}`;
  return oneLine(draft);
}


/** "Public speaking" → "public speaking", "Giving feedback" → "giving feedback"; "Kubernetes" and "AWS" keep their capitals. */
function lowerFirst(text: string): string {
  const first = /^\S+/.exec(text)?.[0] ?? '';
  const lower = first.toLowerCase();
  const everyday = VERBS.has(lower) || GENERAL_WORDS.has(lower) || FUNCTION_WORDS.has(lower) || QUALITIES.has(lower) || /^\p{Ll}+ing$/u.test(lower) || EVERYDAY_MODIFIERS.has(lower);
  return /^\p{Lu}\p{Ll}+$/u.test(first) && everyday ? `${lower}${text.slice(first.length)}` : text;
}

const EVERYDAY_MODIFIERS = new Set(['public', 'stakeholder', 'budget', 'conflict', 'time', 'people', 'written', 'spoken', 'data', 'financial', 'strategic', 'clinical', 'customer']);

function unique(items: readonly string[]): string[] {
  return [...new Set(items.filter((item) => item.length > 0))];
}
