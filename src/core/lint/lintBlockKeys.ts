import { closest } from '../format/closest';
import type { Plan } from '../plan/model';
import { repeatedRuleKeys } from '../rules/repeatedRuleKeys';
import type { Report, Rule } from '../rules/rule';

/** A `lint:` key as resolveSeverities matches it: trimmed, an id in any case, a name as written in lower case. */
const matchKey = (key: string) => key.trim().toLowerCase();

/**
 * The keys of a plan's `lint:` block that name no rule, reported as a misspelt key is (CP005
 * key-unknown), with the rule each was probably meant as. The format cannot tell: the registry, not
 * the format, knows the rules. A `.career-plan.json` refuses the same keys (config/configMessages.ts).
 */
export function unknownRuleKeys(plan: Plan, rules: readonly Rule[]): Report[] {
  const known = new Map(rules.flatMap((rule) => [[rule.id.toLowerCase(), rule.id], [rule.name, rule.name]] as const));
  return (plan.lintKeys ?? [])
    .filter((key) => !known.has(matchKey(key.value)))
    .map((key) => {
      const guess = closest(matchKey(key.value), [...known.keys()]);
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

/**
 * The keys of a plan's `lint:` block that set a rule an earlier key set already (`CP201` and
 * `goal-not-measurable`), reported as a key written twice is (CP002 frontmatter-syntax). The last
 * one applies (resolveSeverities); a `.career-plan.json` that does the same is refused.
 */
export function repeatedLintKeys(plan: Plan, rules: readonly Rule[]): Report[] {
  const ruleOf = new Map(rules.flatMap((rule) => [[rule.id.toLowerCase(), rule], [rule.name, rule]] as const));
  const keys = plan.lintKeys ?? [];
  return repeatedRuleKeys(
    keys.map((key) => key.value),
    (key) => ruleOf.get(matchKey(key)),
  ).map(({ index, message }) => ({ span: keys[index].span, message: `${message} This one applies.`, subject: `lint.${keys[index].value}` }));
}
