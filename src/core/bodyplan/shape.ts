/**
 * A shape people write career plans in, as data: the words of its headings and labels and what
 * each says the lines below it hold. One file per shape in shapes/; recognise.ts reads a body with
 * each and keeps the reading that understood most. Patterns match a heading's text or a label (the
 * words before a line's first colon), whole, ignoring case; write them without anchors.
 */
export interface Shape {
  /** Stable id, kept in the model (BodyReading.shape). */
  readonly id: string;
  /** What people call it. */
  readonly name: string;
  /** A heading or label whose words (or the first line under it) are the career goal. */
  readonly goal: RegExp;
  /** A label giving the goal's target date ("Target timeline: by end of 2028"), or a step's when under one. */
  readonly target?: RegExp;
  /** A heading or label opening the list of steps (items, table rows or sub-headings). */
  readonly steps?: RegExp;
  /** A heading or label whose words, or first line, are one step ("1-year goal", "Next role"). */
  readonly step?: RegExp;
  /** A heading or label opening the gaps, most significant first (items, table rows or sub-headings). */
  readonly gaps?: RegExp;
  /** A heading or label whose words, or first line, are one gap. */
  readonly gap?: RegExp;
  /** The lines right after the goal's line are the steps, until the next heading or label (the Brechner template). */
  readonly stepsFollowGoal?: boolean;
  /** Headings that are notes however they read ("Strengths", "Reflection"). */
  readonly notes?: RegExp;
}
