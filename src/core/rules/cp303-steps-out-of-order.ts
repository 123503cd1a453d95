import { moveStep } from '../edits';
import type { Step } from '../plan/model';
import type { Rule } from './rule';

/** Achievable: steps are read top to bottom as a path; a step dated before the one above it breaks the path. */
const rule: Rule = {
  id: 'CP303',
  name: 'steps-out-of-order',
  criterion: 'A',
  severity: 'warning',
  description: 'Steps are listed in the order of their target dates, each one after the step above it.',
  fixable: true,
  check({ parsed, plan, report }) {
    const dated: Step[] = [];
    // The latest target so far: a step at or after it has no later step above it, and the search
    // for one (quadratic on a long plan in order, the usual case) is skipped.
    let latest = '';
    for (const step of plan.steps) {
      if (!step.target) continue;
      const target = step.target.value;
      const later = target < latest ? dated.find((earlier) => earlier.target!.value > target) : undefined;
      dated.push(step);
      if (target > latest) latest = target;
      if (!later) continue;
      const edits = moveStep(parsed, step.index, { to: later.index });
      report({
        range: step.target.range,
        message: `“${step.title.value}” (${target}) is listed after “${later.title.value}” (${later.target!.value}), which comes later: move it above, or correct one of the dates.`,
        subject: `steps[${step.index}].target`,
        fix: edits.length > 0 ? { title: `Move “${step.title.value}” above “${later.title.value}”`, edits } : undefined,
      });
    }
  },
};

export default rule;
