import { daysBetween } from '../calendar/dates';
import { markStepDone } from '../edits';
import type { Rule } from './rule';
import { count } from './wording';

/** Achievable: a target date that has passed on a step not yet reached means the plan no longer says what will happen. */
const rule: Rule = {
  id: 'CP302',
  name: 'step-overdue',
  criterion: 'A',
  severity: 'warning',
  description: 'A step that is not done has a target date still ahead: a passed target is either reached (mark it done) or moved.',
  // Marking it reached is the person's to say, and moving the target is as good an answer: a suggestion.
  fixable: false,
  hasSuggestions: true,
  check({ parsed, plan, today, report }) {
    for (const step of plan.steps) {
      if (step.done || !step.target || step.target.value >= today) continue;
      const late = daysBetween(step.target.value, today);
      const edits = markStepDone(parsed, step.index, today);
      report({
        range: step.target.range,
        message: `“${step.title.value}” was due ${step.target.value}, ${count(late, 'day')} ago: mark it done if you reached it, or set a new target you can keep.`,
        subject: `steps[${step.index}].target`,
        ...(edits.length > 0 && { suggestions: [{ title: `Mark “${step.title.value}” reached today`, edits }] }),
      });
    }
  },
};

export default rule;
