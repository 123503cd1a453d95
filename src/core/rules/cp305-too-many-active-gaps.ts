import { setGapStatus } from '../edits';
import type { Rule } from './rule';
import { count } from './wording';

/** Achievable: skills are built one (or a few) at a time; working on every gap at once closes none. */
const rule: Rule = {
  id: 'CP305',
  name: 'too-many-active-gaps',
  criterion: 'A',
  severity: 'warning',
  description: 'No more gaps are `status: active` at once than the focus limit (`focusLimit`, 1 unless configured): close the most significant gap first.',
  fixable: true,
  check({ parsed, plan, options, report }) {
    const active = plan.gaps.filter((gap) => gap.status === 'active');
    const limit = Math.max(0, options.focusLimit);
    if (active.length <= limit) return;
    const kept = active.slice(0, limit).map((gap) => `“${gap.title.value}”`).join(', ');
    for (const gap of active.slice(limit)) {
      const edits = setGapStatus(parsed, gap.index, 'open');
      report({
        range: gap.statusRange ?? gap.title.range,
        message: `${count(active.length, 'gap is', 'gaps are')} active but your focus limit is ${limit}: finish ${kept || 'the most significant gap'} first and set “${gap.title.value}” back to open.`,
        subject: `gaps[${gap.index}].status`,
        fix: edits.length > 0 ? { title: `Set “${gap.title.value}” back to open`, edits } : undefined,
      });
    }
  },
};

export default rule;
