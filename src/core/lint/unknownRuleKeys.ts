import { closest } from '../format/closest';
import type { Plan } from '../plan/model';
import type { Report, Rule } from '../rules/rule';

/**
 * The keys of a plan's `lint:` block that name no rule, reported as a misspelt key is (CP005
 * key-unknown), with the rule each was probably meant as. The format cannot tell: the registry, not
 * the format, knows the rules. A `.career-plan.json` refuses the same keys (config/configMessages.ts).
 */
export function unknownRuleKeys(plan: Plan, rules: readonly Rule[]): Report[] {
  // Keys are matched as resolveSeverities matches them: trimmed, an id in any case, a name as written in lower case.
  const known = new Map(rules.flatMap((rule) => [[rule.id.toLowerCase(), rule.id], [rule.name, rule.name]] as const));
  return (plan.lintKeys ?? [])
    .filter((key) => !known.has(key.value.trim().toLowerCase()))
    .map((key) => {
      const guess = closest(key.value.trim().toLowerCase(), [...known.keys()]);
      const meant = guess === undefined ? undefined : known.get(guess);
      const hint = meant ? ` Did you mean \`${meant}\`?` : ' The rules are listed in docs/rules/README.md.';
      return {
        span: key.span,
        message: `\`${key.value}\` in \`lint\` is not a rule id or name, so it sets nothing.${hint}`,
        subject: `lint.${key.value}`,
        ...(meant && { suggestions: [{ title: `Rename \`${key.value}\` to \`${meant}\``, edits: [{ span: key.span, newText: meant }] }] }),
      };
    });
}
