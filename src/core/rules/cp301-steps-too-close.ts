import { addMonths, type IsoDate } from '../calendar/dates';
import type { Step } from '../plan/model';
import type { Rule } from './rule';

/** Achievable: each step (a promotion, a new role) needs time to be reached and then to be lived in. */
const rule: Rule = {
  id: 'CP301',
  name: 'steps-too-close',
  criterion: 'A',
  severity: 'warning',
  description: 'Consecutive steps are at least `minMonthsBetweenSteps` apart (6 months unless configured): a new role takes time to learn and to show results in.',
  fixable: false,
  check({ plan, options, report }) {
    // Steps in the order written; a step dated before the one above it is steps-out-of-order's to report.
    const dated = plan.steps
      .map((step) => ({ step, date: dateOf(step) }))
      .filter((entry): entry is { step: Step; date: IsoDate } => entry.date !== undefined);
    const months = options.minMonthsBetweenSteps;
    for (let i = 1; i < dated.length; i++) {
      const { step, date } = dated[i];
      const previous = dated[i - 1];
      if (step.done || !step.target || date < previous.date) continue;
      const earliest = addMonths(previous.date, months);
      if (date >= earliest) continue;
      report({
        range: step.target.range,
        message: `“${step.title.value}” is planned less than ${months} months after “${previous.step.title.value}” (${previous.date}): a step needs time to be reached and lived in. Plan it for ${earliest} or later, or merge the two steps.`,
        subject: `steps[${step.index}].target`,
      });
    }
  },
};

/** When a step was or will be reached: its done date, else its target. */
function dateOf(step: Step): IsoDate | undefined {
  if (step.done && step.done.value !== true) return step.done.value;
  return step.target?.value;
}

export default rule;
