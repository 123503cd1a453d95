import { titleKey } from '../parse/titles';
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
    // One key per gap, not one comparison per pair: a plan with hundreds of gaps is linted on every keystroke.
    const keys = plan.gaps.map((gap) => titleKey(spelled(gap.title.value)));
    plan.gaps.forEach((gap, i) => {
      const earlier = keys.indexOf(keys[i]);
      if (earlier === i) return;
      const first = plan.gaps[earlier];
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
