import type { Rule } from './rule';

/** A key that sets a rule an earlier key of the same mapping set already. */
export interface RepeatedRuleKey {
  /** Its place among the keys given. */
  readonly index: number;
  readonly rule: Rule;
  /** The earlier key, as written. */
  readonly earlier: string;
  /** What to tell the person: "`goal-vague-verb` sets CP101 (goal-vague-verb) again, after `CP101`: keep one of them." */
  readonly message: string;
}

/**
 * The keys that set a rule again (`CP201` and `goal-not-measurable`), for a plan's `lint:` block and
 * a `.career-plan.json` alike: `ruleOf` says which rule a key names, each with its own matching.
 */
export function repeatedRuleKeys(keys: readonly string[], ruleOf: (key: string) => Rule | undefined): RepeatedRuleKey[] {
  const first = new Map<Rule, string>();
  return keys.flatMap((key, index) => {
    const rule = ruleOf(key);
    if (!rule) return [];
    const earlier = first.get(rule);
    if (earlier === undefined) {
      first.set(rule, key);
      return [];
    }
    return [{ index, rule, earlier, message: `\`${key}\` sets ${rule.id} (${rule.name}) again, after \`${earlier}\`: keep one of them.` }];
  });
}
