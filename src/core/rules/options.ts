import { SETTING_DEFAULTS } from '../settings/defaults';

/** Tunable numbers some rules use; every one has a default a person can override. */
export interface LintOptions {
  /** How many gaps may be worked on at once (status: active). */
  readonly focusLimit: number;
  /** The shortest time between two steps (promotions) that is still achievable, in months. */
  readonly minMonthsBetweenSteps: number;
  /** How close a key moment must be before it needs written preparation, in days. */
  readonly momentPrepDays: number;
}

/** Each option's default is that of the editor setting of the same name (package.json). */
export const DEFAULT_OPTIONS: LintOptions = {
  focusLimit: SETTING_DEFAULTS.focusLimit,
  minMonthsBetweenSteps: SETTING_DEFAULTS.minMonthsBetweenSteps,
  momentPrepDays: SETTING_DEFAULTS.momentPrepDays,
};
