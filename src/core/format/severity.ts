import type { Severity } from '../document/findings';

/** What a rule may be set to (besides true and false) in a plan's `lint:` block, a config file or the editor settings. */
export type SeveritySetting = Severity | 'off';

export const SEVERITY_SETTINGS = ['error', 'warning', 'info', 'off'] as const satisfies readonly SeveritySetting[];
