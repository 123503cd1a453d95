import type { Rule } from './rule';
import cp001 from './cp001-frontmatter-missing';
import cp002 from './cp002-frontmatter-syntax';
import cp003 from './cp003-field-type';
import cp004 from './cp004-date-invalid';
import cp005 from './cp005-key-unknown';
import cp006 from './cp006-goal-missing';
import cp007 from './cp007-plan-too-large';
import cp008 from './cp008-goal-language-unread';
import cp009 from './cp009-placeholder-unfilled';
import cp101 from './cp101-goal-vague-verb';
import cp102 from './cp102-goal-role-without-context';
import cp201 from './cp201-goal-not-measurable';
import cp301 from './cp301-steps-too-close';
import cp302 from './cp302-step-overdue';
import cp303 from './cp303-steps-out-of-order';
import cp304 from './cp304-goal-target-before-last-step';
import cp305 from './cp305-too-many-active-gaps';
import cp306 from './cp306-too-many-goals';
import cp401 from './cp401-values-missing';
import cp402 from './cp402-goal-touches-no-value';
import cp501 from './cp501-goal-not-time-bound';
import cp601 from './cp601-step-target-missing';
import cp602 from './cp602-gap-duplicate';
import cp603 from './cp603-gap-rank-order';
import cp604 from './cp604-gap-no-action';
import cp605 from './cp605-review-overdue';
import cp606 from './cp606-moment-unprepared';
import cp607 from './cp607-company-incomplete';
import cp608 from './cp608-gap-closed-date';

/** Every rule, in the order findings of equal position are listed. Ids are stable and never reused. */
export const rules: readonly Rule[] = [
  cp001,
  cp002,
  cp003,
  cp004,
  cp005,
  cp006,
  cp007,
  ...[
    cp008,
    cp009,
    cp101,
    cp102,
    cp201,
    cp301,
    cp302,
    cp303,
    cp304,
    cp305,
    cp306,
    cp401,
    cp402,
    cp501,
    cp601,
    cp602,
    cp603,
    cp604,
    cp605,
    cp606,
    cp607,
    cp608,
  ].map(onReadableYaml),
];

/**
 * The plan rules judge what the frontmatter says. When its YAML is broken (CP002) what it says is a
 * guess, so they wait until the format problem is fixed rather than report on half a plan.
 */
function onReadableYaml(rule: Rule): Rule {
  return { ...rule, check: (context) => (context.parsed.problems.some((problem) => problem.ruleId === 'CP002') ? undefined : rule.check(context)) };
}

/** The rule's documentation page, relative to the project root (shipped with the extension). */
export function docsPath(rule: Pick<Rule, 'id'>): string {
  return `docs/rules/${rule.id}.md`;
}

export function findRule(idOrName: string): Rule | undefined {
  const key = idOrName.trim().toLowerCase();
  return rules.find((rule) => rule.id.toLowerCase() === key || rule.name === key);
}
