import { analyzeGoal } from '../smart/analyzeGoal';
import { LANGUAGE_NAMES } from '../smart/language';
import type { Rule } from './rule';

/**
 * The S and M checks read English. A goal in German, French or Spanish is not judged on them at all
 * (a confident wrong verdict is worse than none), and this says so, so silence is not read as praise.
 */
const rule: Rule = {
  id: 'CP008',
  name: 'goal-language-unread',
  criterion: null,
  severity: 'info',
  description: 'A goal written in German, French or Spanish is checked for its deadline only, and one in another script not at all: the specific, measurable and values checks read English, and the finding says so.',
  fixable: false,
  check({ plan, report, cache, reader }) {
    const goal = plan.goal;
    if (!goal) return;
    const { language } = analyzeGoal(goal.value, cache, reader);
    if (language === 'en') return;
    report({
      span: goal.span,
      message:
        language === 'other'
          ? 'The goal is written in a script the checks cannot read: whether it is specific, measurable, time-bound and serves your values was not checked (the checks read English, and deadlines in German, French and Spanish).'
          : `The goal reads as ${LANGUAGE_NAMES[language]}: its deadline was read, but whether it is specific and measurable and serves your values was not checked (those checks read English only).`,
      subject: 'goal',
    });
  },
};

export default rule;
