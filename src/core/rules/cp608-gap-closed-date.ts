import { closeGap } from '../edits';
import type { Rule } from './rule';

/**
 * Structure: a closed gap is progress, and the day it was closed is what the plan's history and
 * reviews count it by. A `closed:` day on a gap still open, or a day yet to come, says one of the two
 * keys is wrong.
 */
const rule: Rule = {
  id: 'CP608',
  name: 'gap-closed-date',
  criterion: null,
  severity: 'info',
  description: 'A gap with `status: closed` says when in `closed:`, and only a closed gap has a `closed:` day, which is not after today.',
  fixable: false,
  hasSuggestions: true,
  check({ parsed, plan, today, report }) {
    for (const gap of plan.gaps) {
      const subject = `gaps[${gap.index}]`;
      const closed = gap.closed;
      const title = gap.title.value;
      if (closed && gap.status !== 'closed') {
        const edits = closeGap(parsed, gap.index, closed.value);
        report({
          range: closed.range,
          message: `“${title}” has a closed day but its status is ${gap.status}: set \`status: closed\` if you closed it, or remove \`closed:\`.`,
          subject,
          ...(edits.length > 0 && { suggestions: [{ title: `Mark “${title}” closed`, edits }] }),
        });
      } else if (closed && closed.value > today) {
        report({ range: closed.range, message: `“${title}” is closed on ${closed.value}, a day still to come: write the day you closed it.`, subject });
      } else if (!closed && gap.status === 'closed') {
        // Only the person knows the day: today is offered as a guess, never applied with the fixes.
        const edits = closeGap(parsed, gap.index, today);
        report({
          range: gap.statusRange ?? gap.title.range,
          message: `“${title}” is closed but does not say when: add \`closed:\` with the day, so your reviews and the plan's history can count it.`,
          subject,
          ...(edits.length > 0 && { suggestions: [{ title: 'Closed today', edits }] }),
        });
      }
    }
  },
};

export default rule;
