import { analyzeGoal } from '../smart/analyzeGoal';
import { spanInValue } from '../smart/locate';
import type { Rule } from './rule';
import { quoteList, readAsWhole } from './wording';

/** Measurable: a goal needs a finish line, so the person can tell the day it is reached. */
const rule: Rule = {
  id: 'CP201',
  name: 'goal-not-measurable',
  criterion: 'M',
  severity: 'warning',
  description: 'The goal says how you will know it is reached: a number, a level, a title, a certificate, or an outcome that either happens or does not.',
  fixable: false,
  check({ parsed, plan, report, cache, reader }) {
    const goal = plan.goal;
    if (!goal) return;
    const judgement = analyzeGoal(goal.value, cache, reader).measurable;
    if (judgement.ok) return;
    const open = judgement.learned
      ? readAsWhole('nothing in it says when it is done', judgement.words)
      : judgement.words.length > 0
        ? `${quoteList(judgement.words)} ${judgement.words.length === 1 ? 'has' : 'have'} no finish line`
        : 'nothing in it says when it is done';
    report({
      span: judgement.end > judgement.start ? spanInValue(parsed, goal, judgement.start, judgement.end) : goal.span,
      message: `The goal is not measurable: ${open}. Add a number, a level, a title, a certificate or an outcome that happens or not, like "from 55% to 80%", "pass the B2 exam" or "ship it to production".`,
      subject: 'goal',
    });
  },
};

export default rule;
