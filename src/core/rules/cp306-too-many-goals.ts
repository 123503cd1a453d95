import { analyzeGoal } from '../smart/analyzeGoal';
import { spanInValue } from '../smart/locate';
import type { Rule } from './rule';
import { quoteList } from './wording';

/**
 * Achievable: one plan, one destination. A goal line that strings several goals together ("become
 * a staff engineer, write a book and run a marathon") splits the person's time between them.
 */
const rule: Rule = {
  id: 'CP306',
  name: 'too-many-goals',
  criterion: 'A',
  severity: 'warning',
  description: 'The goal is one goal: it joins no more than two actions, and no second goal after a semicolon or a full stop. Two actions are often one goal and its first step; three are several goals.',
  fixable: false,
  check({ parsed, plan, report, cache, reader }) {
    const goal = plan.goal;
    if (!goal) return;
    const actions = analyzeGoal(goal.value, cache, reader).actions;
    if (actions.length < 2) return;
    const separated = actions.slice(1).some((action, i) => /[;.!?]\s/.test(goal.value.slice(actions[i].end, action.start + 1)));
    if (actions.length < 3 && !separated) return;
    const second = actions[1];
    // Each further goal is quoted whole when short, else its first words with an ellipsis: never cut off unmarked ("run the Berlin").
    const extra = actions.slice(1).map((action) => {
      const words = goal.value.slice(action.start, action.end).trim().split(/\s+/);
      return words.length <= 6 ? words.join(' ') : `${words.slice(0, 5).join(' ')}…`;
    });
    report({
      span: spanInValue(parsed, goal, second.start, actions.at(-1)!.end),
      message: `The goal joins ${actions.length} goals: keep the one that matters most here, and make ${quoteList(extra)} steps towards it or a plan of their own.`,
      subject: 'goal',
    });
  },
};

export default rule;
