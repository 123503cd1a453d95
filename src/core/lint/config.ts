import type { SeveritySetting } from '../format/severity';
import type { LintOptions } from '../rules/options';

/** Rule severities by id or name, and the options, as a config file or the editor settings hold them. */
export interface LintConfig {
  readonly rules?: Readonly<Record<string, SeveritySetting | boolean>>;
  readonly options?: Partial<LintOptions>;
}
