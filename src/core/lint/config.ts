import type { Severity } from '../document/findings';
import type { LintOptions } from '../rules/options';

export type SeveritySetting = Severity | 'off';

/** What a rule may be set to, by a `lint:` block, a config file or the editor settings (besides true and false). */
export const SEVERITY_SETTINGS = ['error', 'warning', 'info', 'off'] as const satisfies readonly SeveritySetting[];

/** Rule severities by id or name, and the options, as a config file or the editor settings hold them. */
export interface LintConfig {
  readonly rules?: Readonly<Record<string, SeveritySetting | boolean>>;
  readonly options?: Partial<LintOptions>;
}
