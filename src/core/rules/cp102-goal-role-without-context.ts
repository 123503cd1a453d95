import { analyzeGoal } from '../smart/analyzeGoal';
import { spanInValue } from '../smart/locate';
import type { Rule } from './rule';

/** Specific: "become a vice president" or "get promoted" could happen anywhere; the goal says where and in what. */
const rule: Rule = {
  id: 'CP102',
  name: 'goal-role-without-context',
  criterion: 'S',
  severity: 'warning',
  description: 'A goal that names a role, a level or a career move (director, L6, get promoted, a new job, my own company) also says where or in what: the organisation, team, field, kind or size.',
  fixable: false,
  check({ parsed, plan, report, cache, reader }) {
    const goal = plan.goal;
    if (!goal) return;
    const judgement = analyzeGoal(goal.value, cache, reader).specific;
    if (judgement.ok || judgement.kind === 'vague' || judgement.kind === 'learned') return;
    const span = spanInValue(parsed, goal, judgement.start, judgement.end);
    // Quoted from the value, not the source: `team''s` in YAML is "team's" to the person.
    const phrase = goal.value.slice(judgement.start, judgement.end);
    const message =
      judgement.kind === 'role'
        ? `“${phrase}” names a role but not where: add the organisation, team or field and its kind or size, like "director of engineering at a 200-person fintech".`
        : `“${phrase}” names a career move but not to what or where: add the role and the organisation or field, like "promoted to staff engineer on the payments team".`;
    report({ span, message, subject: 'goal' });
  },
};

export default rule;
