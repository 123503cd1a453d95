import type { LintConfig } from '../lib/index';

/** The plugin's options. */
export interface Options {
  /** The calendar day to judge plans on, as YYYY-MM-DD; the local calendar day when left out. */
  readonly today?: string;
  /** Rule severities and options; without it, each plan's nearest `.career-plan.json` is read, as the CLI does. */
  readonly config?: LintConfig;
  /** `false` judges goals by their words alone, as `career-plan lint --no-sentences` does; by default they are also read as sentences, as the CLI reads them. */
  readonly sentences?: boolean;
}
