import { moveGap } from '../edits';
import type { Rule } from './rule';

/**
 * Structure: gaps are ranked by significance, the most significant first, and the biggest gap is
 * closed first. A gap being worked on below one not started says the ranking or the focus is off.
 */
const rule: Rule = {
  id: 'CP603',
  name: 'gap-rank-order',
  criterion: null,
  severity: 'info',
  description: 'No active gap is ranked below an open one: either work on the higher gap first or move the active gap up, so the list stays ranked by significance.',
  fixable: true,
  check({ parsed, plan, report }) {
    for (const gap of plan.gaps) {
      if (gap.status !== 'active') continue;
      const above = plan.gaps.find((other) => other.index < gap.index && other.status === 'open');
      if (!above) continue;
      const edits = moveGap(parsed, gap.index, { to: above.index });
      report({
        range: gap.title.range,
        message: `“${gap.title.value}” is active but ranked below “${above.title.value}”, which is not started: close the most significant gap first, or move this one up if it matters more.`,
        subject: `gaps[${gap.index}]`,
        fix: edits.length > 0 ? { title: `Rank “${gap.title.value}” above “${above.title.value}”`, edits } : undefined,
      });
    }
  },
};

export default rule;
