import type { Cadence } from '../calendar/cadence';
import type { IsoDate } from '../calendar/dates';
import type { GAP_STATUSES } from '../format/gap';
import type { MOMENT_KINDS } from '../format/moment';
import type { FormatTable } from '../format/table';
import type { MappingKind } from '../format/types';
import type { Range, Span } from '../document/range';

/** A value read from the plan, with where it stands in the source. */
export interface Located<T> {
  readonly value: T;
  readonly range: Range;
  readonly span: Span;
}

/**
 * The keys the model holds in a form of its own rather than as written: an item's title, which may
 * also be written bare (`- Hiring`); a gap's status and a moment's kind, which have a default; the
 * review's cadence, read into months or days. Each is declared below and built by hand in parse/.
 * Every other key written as text, a date or one of some words is held as written (AsWritten), so a
 * new key of those forms reaches the rules with no line here or in the parser.
 */
export const OWN_FORM_KEYS = {
  plan: [],
  step: ['title'],
  gap: ['title', 'status'],
  action: ['title'],
  moment: ['title', 'kind'],
  company: ['name'],
  review: ['every'],
} as const satisfies { readonly [K in MappingKind]: readonly (keyof FormatTable[K]['keys'])[] };

/**
 * What a key written as text, a date or one of some words holds; never for the other forms (lists,
 * mappings, `done`, notes), which the model holds its own way or not at all.
 */
type WrittenValue<V> = V extends { readonly type: 'text' }
  ? string
  : V extends { readonly type: 'date' }
    ? IsoDate
    : V extends { readonly type: 'word'; readonly words: readonly (infer W)[] }
      ? W
      : never;

type KeysOf<K extends MappingKind> = FormatTable[K]['keys'];
type ValueFormatOf<F> = F extends { readonly value: infer V } ? V : never;

/** `Key` when a mapping of kind K holds it as written, never otherwise. */
type HeldAsWritten<K extends MappingKind, Key> = Key extends (typeof OWN_FORM_KEYS)[K][number]
  ? never
  : Key extends keyof KeysOf<K>
    ? [WrittenValue<ValueFormatOf<KeysOf<K>[Key]>>] extends [never]
      ? never
      : Key
    : never;

/**
 * The keys of a kind of mapping held as written, typed from the format table: each key written as
 * text, a date or one of some words (but OWN_FORM_KEYS), as its value and where it stands. Absent
 * when not written or not of its form (validation says so). parse/asWritten.ts reads them.
 */
export type AsWritten<K extends MappingKind> = {
  readonly [Key in keyof KeysOf<K> as HeldAsWritten<K, Key>]?: Located<WrittenValue<ValueFormatOf<KeysOf<K>[Key]>>>;
};

/** Where a list item stands: the whole item, and the key/value pair's line for inserting beside it. */
export interface ItemLocation {
  readonly range: Range;
  readonly span: Span;
}

/** Besides these, `due` and any other key held as written (AsWritten). */
export interface Action extends AsWritten<'action'> {
  readonly title: Located<string>;
  readonly done: boolean;
  /** Where the action was written: in the frontmatter, or as a task-list item in the body. */
  readonly source: 'frontmatter' | 'body';
  readonly location: ItemLocation;
}

/** Besides these, `target` and any other key held as written (AsWritten). */
export interface Step extends ItemLocation, AsWritten<'step'> {
  readonly index: number;
  readonly title: Located<string>;
  /** A date when it was reached, or true when the date was not written. */
  readonly done?: Located<IsoDate | true>;
  readonly actions: readonly Action[];
}

export type GapStatus = (typeof GAP_STATUSES)[number];

/** Besides these, any key held as written (AsWritten). */
export interface Gap extends ItemLocation, AsWritten<'gap'> {
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

/** Besides these, `date` and any other key held as written (AsWritten). */
export interface Moment extends ItemLocation, AsWritten<'moment'> {
  readonly index: number;
  readonly title: Located<string>;
  readonly kind: MomentKind;
  readonly prep: readonly Located<string>[];
  readonly actions: readonly Action[];
}

/** Besides these, `priority`, `motivation` and any other key held as written (AsWritten). */
export interface Company extends ItemLocation, AsWritten<'company'> {
  readonly index: number;
  readonly name: Located<string>;
  readonly connections: readonly Located<string>[];
  readonly postings: readonly Located<string>[];
}

/** Besides these, `last` and any other key held as written (AsWritten). */
export interface ReviewCadence extends AsWritten<'review'> {
  readonly range: Range;
  /** The cadence as a number of months or days; absent when `every` is missing or unreadable. */
  readonly every?: Located<Cadence>;
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
  /** A `(due …)` note whose date the calendar does not have (2027-02-30): reported (CP004), and the task has no due date. */
  readonly dueNotADay?: Located<string>;
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

/**
 * What a line of a body-only plan was read as: the goal, its target, a step, a gap, an action, a
 * heading that named a part, a placeholder still to fill in; `note` for what was left as notes.
 */
export type ReadRole = 'goal' | 'target' | 'step' | 'gap' | 'action' | 'heading' | 'placeholder' | 'note';

/** A date read from the body: the calendar day, and the words as written ("by end of Q3 2027" or "2027-06-30"). */
export interface ReadDate extends Located<IsoDate> {
  readonly words: string;
  /** True when the day is written `YYYY-MM-DD` (perhaps after a word such as "by"), not in prose. */
  readonly iso: boolean;
}

/** One line of a body-only plan and what it was read as. */
export interface ReadLine {
  readonly role: ReadRole;
  readonly range: Range;
  readonly span: Span;
  /** For a step, a gap or an action: the item's index in plan.steps or plan.gaps (an action: its gap's or step's). */
  readonly index?: number;
}

/**
 * An item of a body-only plan (the goal, a step, a gap) with the source it was read from: its whole
 * line or table row, and the date read from it with its words, which a conversion keeps in a comment.
 */
export interface ReadItem {
  readonly kind: 'goal' | 'step' | 'gap';
  /** Index in plan.steps or plan.gaps; 0 for the goal. */
  readonly index: number;
  readonly range: Range;
  readonly span: Span;
  readonly date?: ReadDate;
}

/** A template's slot still holding its placeholder (`[Gap 1]`, `<your goal>`, `TBD`, `YYYY-MM-DD`). */
export interface Placeholder {
  /** What belongs there. */
  readonly slot: 'goal' | 'target' | 'step' | 'gap' | 'action';
  /** The placeholder as written. */
  readonly text: string;
  readonly range: Range;
  readonly span: Span;
}

/**
 * How a plan without frontmatter was read from its Markdown body (src/core/bodyplan/): which shape
 * recognised it, the items with their sources, every non-blank line with its role, and the slots
 * still holding a template's placeholder.
 */
export interface BodyReading {
  /** The id of the shape (src/core/bodyplan/shapes/) that read it, e.g. `brechner`. */
  readonly shape: string;
  /** The shape's name for people: "Career goal, steps and gaps (Brechner's template)". */
  readonly shapeName: string;
  readonly items: readonly ReadItem[];
  readonly lines: readonly ReadLine[];
  readonly placeholders: readonly Placeholder[];
}

/** Besides these, `goal`, `target` and any other key held as written (AsWritten). */
export interface Plan extends AsWritten<'plan'> {
  /**
   * Where the plan was read from: its YAML frontmatter, or — for a file with no frontmatter whose
   * headings and lists a shape recognised — its Markdown body as written. A body-only plan has no
   * `frontmatter`; its values' ranges point into the body, and `reading` says how it was read.
   * `'frontmatter'` also for a file whose frontmatter is missing and that no shape recognised.
   */
  readonly readFrom: 'frontmatter' | 'body';
  /** How a plan read from the body was read; absent for a plan read from its frontmatter. */
  readonly reading?: BodyReading;
  readonly frontmatter?: Frontmatter;
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
  /** The `lint:` block's keys as written, each where it stands: the linter checks that each names a rule. */
  readonly lintKeys?: readonly Located<string>[];
  readonly body: Body;
}
