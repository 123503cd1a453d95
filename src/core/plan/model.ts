import type { Cadence } from '../calendar/cadence';
import type { IsoDate } from '../calendar/dates';
import type { PRIORITIES } from '../format/company';
import type { GAP_STATUSES } from '../format/gap';
import type { MOMENT_KINDS } from '../format/moment';
import type { Range, Span } from '../document/range';

/** A value read from the plan, with where it stands in the source. */
export interface Located<T> {
  readonly value: T;
  readonly range: Range;
  readonly span: Span;
}

/** Where a list item stands: the whole item, and the key/value pair's line for inserting beside it. */
export interface ItemLocation {
  readonly range: Range;
  readonly span: Span;
}

export interface Action {
  readonly title: Located<string>;
  readonly done: boolean;
  readonly due?: Located<IsoDate>;
  /** Where the action was written: in the frontmatter, or as a task-list item in the body. */
  readonly source: 'frontmatter' | 'body';
  readonly location: ItemLocation;
}

export interface Step extends ItemLocation {
  readonly index: number;
  readonly title: Located<string>;
  readonly target?: Located<IsoDate>;
  /** A date when it was reached, or true when the date was not written. */
  readonly done?: Located<IsoDate | true>;
  readonly actions: readonly Action[];
}

export type GapStatus = (typeof GAP_STATUSES)[number];

export interface Gap extends ItemLocation {
  readonly index: number;
  readonly title: Located<string>;
  readonly status: GapStatus;
  readonly statusRange?: Range;
  /** The step this gap stands in front of, as its 0-based index, resolved from a title or a number. */
  readonly blocks?: Located<number>;
  readonly actions: readonly Action[];
  /** True when the gap was written as a bare string (`- Hiring`), not as a mapping. */
  readonly short: boolean;
}

export type MomentKind = (typeof MOMENT_KINDS)[number];

export interface Moment extends ItemLocation {
  readonly index: number;
  readonly title: Located<string>;
  readonly date?: Located<IsoDate>;
  readonly kind: MomentKind;
  readonly prep: readonly Located<string>[];
  readonly actions: readonly Action[];
}

export type Priority = (typeof PRIORITIES)[number];

export interface Company extends ItemLocation {
  readonly index: number;
  readonly name: Located<string>;
  readonly priority?: Located<Priority>;
  readonly connections: readonly Located<string>[];
  readonly motivation?: Located<string>;
  readonly postings: readonly Located<string>[];
}

export interface ReviewCadence {
  readonly range: Range;
  /** The cadence as a number of months or days; absent when `every` is missing or unreadable. */
  readonly every?: Located<Cadence>;
  readonly last?: Located<IsoDate>;
}

export interface Heading {
  readonly depth: number;
  readonly text: string;
  readonly range: Range;
}

export interface Task {
  readonly text: string;
  readonly checked: boolean;
  readonly due?: Located<IsoDate>;
  readonly range: Range;
  readonly span: Span;
  /** The nearest heading above the task, if any. */
  readonly heading?: Heading;
}

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';

/** An inline `<!-- career-plan-disable CP101 -->` comment. No rule ids means every rule. */
export interface Directive {
  readonly kind: DirectiveKind;
  readonly ruleIds: readonly string[];
  readonly line: number;
  readonly range: Range;
}

export interface Body {
  /** Offset of the body's first character in the whole document. */
  readonly offset: number;
  readonly headings: readonly Heading[];
  readonly tasks: readonly Task[];
  readonly directives: readonly Directive[];
  /**
   * Where reading stopped, when the body holds a stretch too costly to read on every keystroke (see
   * bodyGuards.ts): nothing from this document offset on was read.
   */
  readonly unreadFrom?: number;
}

export interface Frontmatter {
  /** The `---` fences' span and the YAML text's span inside them. */
  readonly span: Span;
  readonly contentSpan: Span;
  readonly range: Range;
  readonly language: string;
}

export interface Plan {
  readonly frontmatter?: Frontmatter;
  readonly goal?: Located<string>;
  readonly target?: Located<IsoDate>;
  readonly values: readonly Located<string>[];
  /** Where `values:` is (or would be) written. */
  readonly valuesRange?: Range;
  readonly review?: ReviewCadence;
  readonly steps: readonly Step[];
  readonly stepsRange?: Range;
  readonly gaps: readonly Gap[];
  readonly gapsRange?: Range;
  readonly moments: readonly Moment[];
  readonly companies: readonly Company[];
  /** Rule configuration from a `lint:` block in the frontmatter. */
  readonly lint?: Located<Record<string, unknown>>;
  readonly body: Body;
}
