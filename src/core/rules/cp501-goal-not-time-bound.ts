import { addMonths, type IsoDate } from '../calendar/dates';
import { insertGoalTarget } from '../edits';
import type { Plan } from '../plan/model';
import { analyzeGoal } from '../smart/analyzeGoal';
import type { Rule } from './rule';
import { quoteList } from './wording';

/** Time-bound: without a deadline a goal can wait forever. Either `target:` or the goal's own words may set it. */
const rule: Rule = {
  id: 'CP501',
  name: 'goal-not-time-bound',
  criterion: 'T',
  severity: 'warning',
  description: 'The goal has a deadline: a `target:` date, or a time frame in its own words such as "by June 2027", "in Q3", "within 18 months" or "every week".',
  fixable: true,
  check({ parsed, plan, today, report, cache, reader }) {
    const goal = plan.goal;
    if (!goal || plan.target) return;
    const analysis = analyzeGoal(goal.value, cache, reader);
    if (analysis.deadlines.length > 0 || analysis.language === 'other') return;
    const vague = analysis.horizons.length > 0 ? ` ${quoteList(analysis.horizons.map((horizon) => horizon.text))} sets no date.` : '';
    const placeholder = placeholderTarget(plan, today);
    const edits = insertGoalTarget(parsed, placeholder);
    report({
      span: goal.span,
      message: `The goal has no deadline.${vague} Add a \`target:\` date or say when in the goal, like "by June 2027" or "within 18 months".`,
      subject: 'goal',
      fix: edits.length > 0 ? { title: `Insert a target date (${placeholder}, to adjust)`, edits, placeholder: true } : undefined,
    });
  },
};

/** A date to start from: the last step's target when it lies ahead, else a year from today. */
function placeholderTarget(plan: Plan, today: IsoDate): IsoDate {
  const last = plan.steps.map((step) => step.target?.value).filter((date): date is IsoDate => date !== undefined && date > today).sort().at(-1);
  return last ?? addMonths(today, 12);
}

export default rule;
