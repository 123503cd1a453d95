import { addGapAction } from '../edits';
import type { Rule } from './rule';

/** Structure: a gap is closed by doing things; one with no action written stays a wish. */
const rule: Rule = {
  id: 'CP604',
  name: 'gap-no-action',
  criterion: null,
  severity: 'warning',
  description: 'Every gap that is not closed has at least one action, in its `actions:` or as a task under a heading with its title.',
  fixable: true,
  check({ parsed, plan, report }) {
    for (const gap of plan.gaps) {
      if (gap.status === 'closed' || gap.actions.length > 0) continue;
      const edits = addGapAction(parsed, gap.index, `Plan a first step on ${gap.title.value}`);
      report({
        range: gap.title.range,
        message: `“${gap.title.value}” has no action: write the first concrete thing you will do about it, under \`actions:\` or as a task below a heading with its title.`,
        subject: `gaps[${gap.index}]`,
        fix: edits.length > 0 ? { title: 'Add an action to fill in', edits, placeholder: true } : undefined,
      });
    }
  },
};

export default rule;
