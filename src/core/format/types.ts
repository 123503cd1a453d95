/**
 * The words the format table (table.ts) is written in: each kind of mapping a plan holds, its keys,
 * and how each key's value is written. Validation (schema.ts), parsing, completion and detection all
 * read the table, so a key is described once.
 */

/** The kinds of mapping described by the table. */
export type MappingKind = 'plan' | 'step' | 'gap' | 'action' | 'moment' | 'company' | 'review';

/**
 * Where a key stands. `lint` holds rule ids or names (the rule registry knows them, not the format);
 * `other` is anywhere the format does not describe, such as under a key it does not know.
 */
export type Context = MappingKind | 'lint' | 'other';

/** How a key's value is written. `expected` completes "`key` …" when the value is not of that form. */
export type ValueFormat =
  /** A text, not empty. */
  | { readonly type: 'text' }
  /** A text that may be empty. */
  | { readonly type: 'notes' }
  | { readonly type: 'date' }
  /** `true`, `false` or the day it happened. */
  | { readonly type: 'done'; readonly expected: string }
  /** One of a few words. */
  | { readonly type: 'word'; readonly words: readonly string[]; readonly expected: string }
  /** A list of texts. */
  | { readonly type: 'textList' }
  /** One text or a list of texts. */
  | { readonly type: 'textOrList'; readonly expected: string }
  /** A step of the plan, by its title or its number (1 is the first). */
  | { readonly type: 'stepReference'; readonly expected: string }
  /** A list whose items are mappings of one kind. */
  | { readonly type: 'list'; readonly of: MappingKind; readonly expected: string }
  /** One mapping: of a kind, or the `lint:` mapping of rule settings. */
  | { readonly type: 'mapping'; readonly of: MappingKind | 'lint' };

export interface KeyFormat {
  readonly value: ValueFormat;
  readonly required?: boolean;
  /** Other names people reach for naturally, read as this key (lower case: keys are read so). */
  readonly aliases?: readonly string[];
  /** One sentence, shown in completion and in the JSON Schema. */
  readonly doc: string;
}

export interface MappingFormat {
  /** What a value of this kind should be, completing "`key` …" when it is not. */
  readonly expected: string;
  /** True when an item may be written as its bare title: `- Hiring` for `- title: Hiring`. */
  readonly bareTitle?: boolean;
  /** Its keys, in the order a plan usually writes them, which is the order completion offers them in. */
  readonly keys: Readonly<Record<string, KeyFormat>>;
}
