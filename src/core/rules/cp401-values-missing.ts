import { insertValues } from '../edits';
import type { Rule } from './rule';

/** Relevant: a goal is worth its cost when it serves what matters to the person; the plan says what that is. */
const rule: Rule = {
  id: 'CP401',
  name: 'values-missing',
  criterion: 'R',
  severity: 'info',
  description: 'The plan lists its `values`: the things that matter to you (autonomy, family time, craft…), so the goal and its steps can be checked against them.',
  fixable: true,
  check({ parsed, plan, report }) {
    if (plan.values.length > 0 || !plan.goal) return;
    const edits = insertValues(parsed);
    report({
      range: plan.valuesRange ?? plan.goal.range,
      message: 'The plan lists no values: write the few things that matter most to you in `values:`, so you can tell whether this goal is worth its cost.',
      subject: 'values',
      fix: edits.length > 0 ? { title: 'Insert a values list (replace the examples with yours)', edits, placeholder: true } : undefined,
    });
  },
};

export default rule;
