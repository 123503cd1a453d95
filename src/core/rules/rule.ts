import type { IsoDate } from '../calendar/dates';
import type { Criterion, Fix, Severity } from '../document/findings';
import type { Plan } from '../plan/model';
import type { CachedPlan } from '../edits/layout';
import type { ReadCache } from '../document/readCache';
import type { Range, Span } from '../document/range';
import type { LearnedReader } from '../smart/learnedReader';
import type { LintOptions } from './options';

/** What a rule reports: where, what to do about it, which element, a fix when one is clear, suggestions when one can be guessed. */
export interface Report {
  /** Either a range or a span of the document; spans are converted to ranges. */
  readonly range?: Range;
  readonly span?: Span;
  readonly message: string;
  readonly subject: string;
  readonly fix?: Fix;
  readonly suggestions?: readonly Fix[];
}

export interface RuleContext {
  /** The plan parsed, with this lint run's cache, which edits building a fix read through. */
  readonly parsed: CachedPlan;
  readonly plan: Plan;
  /** The calendar day the plan is judged on; rules never read the clock. */
  readonly today: IsoDate;
  readonly options: LintOptions;
  report(report: Report): void;
  /** What this lint run reads once for all its rules (the goal's reading, the frontmatter's layout). */
  readonly cache: ReadCache;
  /** The learned reader, where it has been loaded: its verdicts on the goal's S and M stand. */
  readonly reader?: LearnedReader;
}

/**
 * A lint rule: data (a stable id, a readable name, the SMART criterion it checks, its default
 * severity) and one check function. Rules live one per file and are listed in registry.ts.
 */
export interface Rule {
  /** Stable id, never reused: CP0xx format, CP1xx specific, CP2xx measurable, CP3xx achievable, CP4xx relevant, CP5xx time-bound, CP6xx structure. */
  readonly id: string;
  readonly name: string;
  readonly criterion: Criterion | null;
  readonly severity: Severity;
  /** One sentence: what the rule looks for. */
  readonly description: string;
  /** True when some of its findings carry a fix. */
  readonly fixable: boolean;
  /** True when some of its findings carry suggestions: edits offered one at a time, never applied with the fixes. */
  readonly hasSuggestions?: boolean;
  check(context: RuleContext): void;
}
