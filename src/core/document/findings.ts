import type { Range, Span } from './range';

export type Severity = 'error' | 'warning' | 'info';

/** The SMART criterion a rule checks; structure and format rules check none. */
export type Criterion = 'S' | 'M' | 'A' | 'R' | 'T';

export const CRITERION_NAMES: Record<Criterion, string> = {
  S: 'Specific',
  M: 'Measurable',
  A: 'Achievable',
  R: 'Relevant',
  T: 'Time-bound',
};

/** A replacement of one span of the document text; an insertion has an empty span. */
export interface TextEdit {
  readonly span: Span;
  readonly newText: string;
}

export interface Fix {
  /** What applying the fix does, as a command label: "Insert a target date". */
  readonly title: string;
  readonly edits: readonly TextEdit[];
}

/** Something the parser could not read as the format says, located at the offending text. */
export interface Problem {
  /** The id of the format rule that reports it (see rules/format). */
  readonly ruleId: string;
  readonly message: string;
  readonly range: Range;
  /** The plan element it concerns: `goal`, `steps[1].target`, `frontmatter`… */
  readonly subject: string;
  /** An edit that may mend it, where the parser can guess what was meant (a misspelt key); see Finding.suggestions. */
  readonly suggestion?: Fix;
}

export interface Finding {
  readonly ruleId: string;
  readonly ruleName: string;
  readonly criterion: Criterion | null;
  readonly severity: Severity;
  readonly message: string;
  readonly range: Range;
  readonly subject: string;
  readonly fix?: Fix;
  /**
   * Edits offered one at a time, never applied with the others (Fix all, fix on save): each is a
   * guess at what was meant, and two guesses can clash (two misspellings renamed to one key).
   */
  readonly suggestions?: readonly Fix[];
}
