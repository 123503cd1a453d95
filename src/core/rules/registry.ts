import type { Rule } from './rule';
import cp001 from './cp001-frontmatter-missing';
import cp002 from './cp002-frontmatter-syntax';
import cp003 from './cp003-field-type';
import cp004 from './cp004-date-invalid';
import cp005 from './cp005-key-unknown';
import cp006 from './cp006-goal-missing';
import cp007 from './cp007-plan-too-large';

/** Every rule, in the order findings of equal position are listed. Ids are stable and never reused. */
export const rules: readonly Rule[] = [cp001, cp002, cp003, cp004, cp005, cp006, cp007];

/** The rule's documentation page, relative to the project root (shipped with the extension). */
export function docsPath(rule: Pick<Rule, 'id'>): string {
  return `docs/rules/${rule.id}.md`;
}

export function findRule(idOrName: string): Rule | undefined {
  const key = idOrName.trim().toLowerCase();
  return rules.find((rule) => rule.id.toLowerCase() === key || rule.name === key);
}
