import type { Severity } from '../document/findings';
import type { Rule } from '../rules/rule';
import type { SeveritySetting } from '../format/severity';

/**
 * Resolves each rule's severity from its default and the settings layered on top, the last layer
 * winning. A setting names a rule by id (`CP101`) or name (`goal-vague-verb`); `true` restores the
 * default, `false` turns it off.
 */
export function resolveSeverities(
  rules: readonly Rule[],
  layers: readonly (Readonly<Record<string, unknown>> | undefined)[],
): Map<string, SeveritySetting> {
  const resolved = new Map<string, SeveritySetting>();
  for (const rule of rules) {
    let severity: SeveritySetting = rule.severity;
    for (const layer of layers) {
      if (!layer) continue;
      const setting = lookup(layer, rule);
      if (setting === undefined) continue;
      severity = setting === true ? rule.severity : setting === false ? 'off' : setting;
    }
    resolved.set(rule.id, severity);
  }
  return resolved;
}

const SETTINGS = new Set(['error', 'warning', 'info', 'off']);

/** A layer's setting of a rule; where two keys set it (`CP201` and `goal-not-measurable`), the last one written. */
function lookup(layer: Readonly<Record<string, unknown>>, rule: Rule): Severity | 'off' | boolean | undefined {
  let found: Severity | 'off' | boolean | undefined;
  for (const [key, value] of Object.entries(layer)) {
    const name = key.trim().toLowerCase();
    if (name !== rule.id.toLowerCase() && name !== rule.name) continue;
    if (typeof value === 'boolean') found = value;
    else if (typeof value === 'string' && SETTINGS.has(value.toLowerCase())) found = value.toLowerCase() as SeveritySetting;
  }
  return found;
}
