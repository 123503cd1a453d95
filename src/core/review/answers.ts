import type { IsoDate } from '../calendar/dates';

/** What the person said about a step: reached on a day, or moved to a new target (or neither). */
export interface StepAnswer {
  readonly index: number;
  readonly reached?: IsoDate;
  readonly target?: IsoDate;
}

/** What the person said about an open gap: closed on a day, or the next action to take on it. */
export interface GapAnswer {
  readonly index: number;
  readonly closed?: IsoDate;
  readonly action?: string;
}

/** A gap a key person named, and who that was. */
export interface NamedGap {
  readonly title: string;
  readonly source?: string;
}

/** Whether the goal still holds; when not, the goal as it reads now (if the person wrote one). */
export type GoalAnswer = { readonly holds: true } | { readonly holds: false; readonly goal?: string };

/** Everything a review's questions were answered with. Unanswered parts are absent or empty. */
export interface ReviewAnswers {
  readonly steps: readonly StepAnswer[];
  readonly gaps: readonly GapAnswer[];
  /** The gap (by its index in the plan) ranked first now, when that changed. */
  readonly focus?: number;
  /** Who was asked about the gaps, as the person wrote it. */
  readonly asked?: string;
  readonly named: readonly NamedGap[];
  /** What went well since the last review, as the person wrote it. */
  readonly wins?: string;
  readonly goal?: GoalAnswer;
}
