import type { Finding } from '../document/findings';
import type { Directive } from '../plan/model';
import type { Rule } from '../rules/rule';

/**
 * Applies `career-plan-disable…` comments. A comment names rules by id or name, or none for all;
 * `disable`/`enable` hold from their line on, `disable-line` covers its own line and
 * `disable-next-line` the line after it.
 */
export function applyDirectives(findings: readonly Finding[], directives: readonly Directive[], rules: readonly Rule[]): Finding[] {
  if (directives.length === 0) return [...findings];
  const ordered = [...directives].sort((a, b) => a.line - b.line);
  return findings.filter((finding) => !isDisabled(finding, ordered, rules));
}

function isDisabled(finding: Finding, directives: readonly Directive[], rules: readonly Rule[]): boolean {
  const line = finding.range.start.line;
  let disabled = false;
  for (const directive of directives) {
    if (!names(directive, finding.ruleId, rules)) continue;
    switch (directive.kind) {
      case 'disable-line':
        if (directive.line === line) return true;
        break;
      case 'disable-next-line':
        if (directive.line + 1 === line) return true;
        break;
      case 'disable':
        if (directive.line <= line) disabled = true;
        break;
      case 'enable':
        if (directive.line <= line) disabled = false;
        break;
    }
  }
  return disabled;
}

function names(directive: Directive, ruleId: string, rules: readonly Rule[]): boolean {
  if (directive.ruleIds.length === 0) return true;
  const rule = rules.find((candidate) => candidate.id === ruleId);
  return directive.ruleIds.some((written) => {
    const key = written.toLowerCase();
    return key === ruleId.toLowerCase() || key === rule?.name;
  });
}
