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
