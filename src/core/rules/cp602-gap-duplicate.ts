import { sameTitle } from '../parse/buildPlan';
import type { Rule } from './rule';

/** Structure: gaps are ranked by position; a gap listed twice has two ranks and splits its actions. */
const rule: Rule = {
  id: 'CP602',
  name: 'gap-duplicate',
  criterion: null,
  severity: 'warning',
  description: 'Each gap is listed once (titles compared without case or punctuation, “&” read as “and”).',
  fixable: false,
  check({ plan, report }) {
    plan.gaps.forEach((gap, i) => {
      const first = plan.gaps.slice(0, i).find((other) => sameTitle(spelled(other.title.value), spelled(gap.title.value)));
      if (!first) return;
      report({
        range: gap.title.range,
        message: `“${gap.title.value}” is already gap ${first.index + 1}: keep it once, at the rank it deserves, and move its actions there.`,
        subject: `gaps[${gap.index}]`,
      });
    });
  },
};

/** "Hiring & interviewing" is "Hiring and interviewing". */
const spelled = (title: string) => title.replace(/&|\+/g, ' and ');

export default rule;
