import { analyzeGoal } from '../smart/analyzeGoal';
import { spanInValue } from '../smart/locate';
import type { Rule } from './rule';
import { quoteList, readAsWhole } from './wording';

/** Specific: a goal made only of vague verbs and nouns ("get better at my job") names nothing to aim at. */
const rule: Rule = {
  id: 'CP101',
  name: 'goal-vague-verb',
  criterion: 'S',
  severity: 'warning',
  description: 'The goal names something concrete to do or reach, not only vague verbs and nouns such as improve, get better at, grow, be successful, learn new skills or more.',
  fixable: false,
  check({ parsed, plan, report, cache, reader }) {
    const goal = plan.goal;
    if (!goal) return;
    const judgement = analyzeGoal(goal.value, cache, reader).specific;
    if (judgement.ok || (judgement.kind !== 'vague' && judgement.kind !== 'learned')) return;
    const found =
      judgement.kind === 'learned'
        ? readAsWhole('it names nothing concrete to aim at', judgement.words)
        : judgement.words.length > 0
          ? `${quoteList(judgement.words)} ${judgement.words.length === 1 ? 'names' : 'name'} nothing concrete`
          : 'nothing in it names a subject';
    // With no clause to point at ("My 2024 Running Goals"), the whole goal is underlined.
    const [start, end] = judgement.end > judgement.start ? [judgement.start, judgement.end] : [0, goal.value.length];
    report({
      span: spanInValue(parsed, goal, start, end),
      message: `The goal is not specific: ${found}. Name the skill, deliverable or result you are after, like "pass the AWS Solutions Architect exam" or "lead the redesign of our checkout".`,
      subject: 'goal',
    });
  },
};

export default rule;
