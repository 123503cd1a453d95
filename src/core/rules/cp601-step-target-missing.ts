import { addMonths, type IsoDate } from '../calendar/dates';
import { insertStepTarget } from '../edits';
import type { Plan, Step } from '../plan/model';
import type { Rule } from './rule';

/** Structure: a step without a date cannot be counted down to, ordered or checked for pace. */
const rule: Rule = {
  id: 'CP601',
  name: 'step-target-missing',
  criterion: null,
  severity: 'warning',
  description: 'Every step not yet reached has a `target:` date.',
  fixable: true,
  check({ parsed, plan, today, options, report }) {
    // A target written that is not a date is CP004's to report ("March 2027"), not a missing one.
    const unreadTargets = new Set(parsed.problems.filter((problem) => problem.ruleId === 'CP004').map((problem) => problem.subject));
    for (const step of plan.steps) {
      if (step.target || step.done || unreadTargets.has(`steps[${step.index}].target`)) continue;
      const placeholder = placeholderFor(plan, step, today, options.minMonthsBetweenSteps);
      const edits = insertStepTarget(parsed, step.index, placeholder);
      report({
        range: step.title.range,
        message: `“${step.title.value}” has no target date: add \`target:\` with the day you mean to reach it by.`,
        subject: `steps[${step.index}]`,
        fix: edits.length > 0 ? { title: `Insert a target date (${placeholder}, to adjust)`, edits, placeholder: true } : undefined,
      });
    }
  },
};

/**
 * A date that keeps the plan in order: the minimum time after the step above (or today), and before
 * the step below when that one is closer. Past year 9999 it is clamped to 9999-12-31 rather than
 * chosen another way: the last writable day still comes no earlier than the step above, so the
 * plan stays in order, and a date written as `YYYY-MM-DD` is one the parser reads back.
 */
function placeholderFor(plan: Plan, step: Step, today: IsoDate, months: number): IsoDate {
  const before = plan.steps.filter((other) => other.index < step.index).map((other) => other.target?.value).filter((date): date is IsoDate => !!date);
  const after = plan.steps.filter((other) => other.index > step.index).map((other) => other.target?.value).filter((date): date is IsoDate => !!date);
  const from = [today, ...before].sort().at(-1)!;
  const next = after.sort()[0];
  // addMonths stops at 9999-12-31.
  const candidate = addMonths(from, months);
  if (!next || candidate < next) return candidate;
  return from < next ? from : next;
}

export default rule;
