import type { SeveritySetting } from '../format/severity';
import { SEVERITY_SETTINGS } from '../format/severity';
import type { LintConfig } from '../lint/config';
import { DEFAULT_OPTIONS, type LintOptions } from '../rules/options';
import { findRule } from '../rules/registry';

/** One layer as written: a config file's settings, or the editor's. */
export interface ConfigLayer {
  readonly rules?: Readonly<Record<string, unknown>>;
  readonly options?: { readonly [K in keyof LintOptions]?: number };
}

const OPTION_KEYS = Object.keys(DEFAULT_OPTIONS) as (keyof LintOptions)[];
const isSetting = (value: unknown): value is SeveritySetting | boolean =>
  typeof value === 'boolean' || (typeof value === 'string' && (SEVERITY_SETTINGS as readonly string[]).includes(value.toLowerCase()));

/**
 * Layers configurations, each over the ones before it, rule by rule and option by option. A rule
 * may be named by id in one layer and by name in another, so each is filed under its id: the
 * nearer layer's setting must win whichever way it was written. A rule that does not exist or a
 * value that is no severity is left out here, so it cannot hide a farther layer's valid setting.
 */
export function mergeConfigs(layers: readonly (ConfigLayer | undefined)[]): LintConfig {
  const rules: Record<string, SeveritySetting | boolean> = {};
  const options: Partial<Record<keyof LintOptions, number>> = {};
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer?.rules ?? {})) {
      const rule = findRule(key);
      if (rule && isSetting(value)) rules[rule.id] = value;
    }
    for (const key of OPTION_KEYS) {
      const value = layer?.options?.[key];
      if (value !== undefined) options[key] = value;
    }
  }
  return { rules, options };
}
