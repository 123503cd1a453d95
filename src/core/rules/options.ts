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

/**
 * The bounds of each option, the same as those of the editor setting of the same name (a unit test
 * compares them with package.json). Messages name them, so they are written here rather than read
 * back from the schemas (zod/mini's schemas do not show them).
 */
export const OPTION_BOUNDS = {
  focusLimit: { whole: true, minimum: 1 },
  // Whole months: a step's placeholder target is that many calendar months on (addMonths).
  minMonthsBetweenSteps: { whole: true, minimum: 0 },
  momentPrepDays: { whole: true, minimum: 0 },
} as const satisfies Record<keyof LintOptions, { whole: boolean; minimum: number }>;

/** Whether a value is one an option can take: a number, whole where it must be, within its bounds. */
export function isOptionValue(name: keyof LintOptions, value: unknown): value is number {
  const bounds = OPTION_BOUNDS[name];
  return typeof value === 'number' && Number.isFinite(value) && (!bounds.whole || Number.isInteger(value)) && value >= bounds.minimum;
}
