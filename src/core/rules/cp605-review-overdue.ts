import { daysBetween } from '../calendar/dates';
import { setReviewLast } from '../edits';
import { overdueReview } from '../review/due';
import type { Rule } from './rule';
import { count } from './wording';

/** Structure: a plan is kept true by reviewing it on a cadence; past its cadence it drifts from the person's life. */
const rule: Rule = {
  id: 'CP605',
  name: 'review-overdue',
  criterion: null,
  severity: 'warning',
  description: 'The plan was reviewed within its `review.every` cadence, counted from `review.last`.',
  // Only the person knows whether the review took place: a suggestion, never applied with the fixes.
  fixable: false,
  hasSuggestions: true,
  check({ parsed, plan, today, report }) {
    const due = overdueReview(plan, today);
    if (!due || !plan.review?.last) return;
    const edits = setReviewLast(parsed, today);
    report({
      range: plan.review.last.range,
      message: `The plan's review was due ${due}, ${count(daysBetween(due, today), 'day')} ago: go over the goal, steps and gaps, then set \`last:\` to the day you did.`,
      subject: 'review.last',
      ...(edits.length > 0 && { suggestions: [{ title: 'Mark the plan reviewed today', edits }] }),
    });
  },
};

export default rule;
