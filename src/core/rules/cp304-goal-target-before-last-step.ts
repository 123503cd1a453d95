import type { Rule } from './rule';

/** Achievable: the goal is reached through its steps, so it cannot be due before the last of them. */
const rule: Rule = {
  id: 'CP304',
  name: 'goal-target-before-last-step',
  criterion: 'A',
  severity: 'warning',
  description: 'The goal’s `target:` is not earlier than the target of any of its steps.',
  fixable: false,
  check({ plan, report }) {
    if (!plan.target) return;
    const goalTarget = plan.target.value;
    const latest = plan.steps.filter((step) => step.target && step.target.value > goalTarget).sort((a, b) => (a.target!.value < b.target!.value ? 1 : -1))[0];
    if (!latest) return;
    report({
      range: plan.target.range,
      message: `The goal is due ${goalTarget}, before its step “${latest.title.value}” (${latest.target!.value}): move the goal's target to ${latest.target!.value} or later, or bring the step forward.`,
      subject: 'target',
    });
  },
};

export default rule;
