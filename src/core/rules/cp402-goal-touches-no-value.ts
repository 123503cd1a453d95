import { analyzeGoal } from '../smart/analyzeGoal';
import { goalTouchesValue } from '../smart/values';
import type { Rule } from './rule';

/** Relevant: a goal that serves none of the person's values is worth a second look, though they may know better. */
const rule: Rule = {
  id: 'CP402',
  name: 'goal-touches-no-value',
  criterion: 'R',
  severity: 'info',
  description: 'The goal serves at least one of the plan’s `values`, in their words or in words that commonly serve them (a hint, not a warning).',
  fixable: false,
  check({ plan, report, cache, reader }) {
    const goal = plan.goal;
    if (!goal || plan.values.length === 0) return;
    if (plan.values.some((value) => goalTouchesValue(goal.value, value.value))) return;
    // The themes that tie goals to values are English words: another language is left to CP008's notice.
    if (analyzeGoal(goal.value, cache, reader).language !== 'en') return;
    report({
      range: goal.range,
      message: `The goal does not mention anything from your values (${plan.values.map((value) => value.value).join(', ')}): check it serves at least one of them, or say in the goal how it does.`,
      subject: 'goal',
    });
  },
};

export default rule;
