import type { Severity } from '../findings';

export type SeveritySetting = Severity | 'off';

/** What a rule may be set to, by a `lint:` block, a config file or the editor settings (besides true and false). */
export const SEVERITY_SETTINGS = ['error', 'warning', 'info', 'off'] as const satisfies readonly SeveritySetting[];

/** Tunable numbers some rules use; every one has a default a person can override. */
export interface LintOptions {
  /** How many gaps may be worked on at once (status: active). */
  readonly focusLimit: number;
  /** The shortest time between two steps (promotions) that is still achievable, in months. */
  readonly minMonthsBetweenSteps: number;
  /** How close a key moment must be before it needs written preparation, in days. */
  readonly momentPrepDays: number;
}

export const DEFAULT_OPTIONS: LintOptions = {
  focusLimit: 1,
  minMonthsBetweenSteps: 6,
  momentPrepDays: 14,
};

/** Rule severities by id or name, and the options, as a config file or the editor settings hold them. */
export interface LintConfig {
  readonly rules?: Readonly<Record<string, SeveritySetting | boolean>>;
  readonly options?: Partial<LintOptions>;
}
