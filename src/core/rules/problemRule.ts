import type { Severity } from '../document/findings';
import type { Rule } from './rule';

/**
 * A format rule reports what the parser could not read. The parser tags each problem with the id of
 * the rule that owns it, so format rules can be configured and disabled like any other, and gives a
 * problem a suggestion where it can guess what was meant.
 */
export function problemRule(id: string, name: string, severity: Severity, description: string, { hasSuggestions = false } = {}): Rule {
  return {
    id,
    name,
    criterion: null,
    severity,
    description,
    fixable: false,
    hasSuggestions,
    check({ parsed, report }) {
      for (const problem of parsed.problems) {
        if (problem.ruleId !== id) continue;
        report({ range: problem.range, message: problem.message, subject: problem.subject, ...(problem.suggestion && { suggestions: [problem.suggestion] }) });
      }
    },
  };
}
