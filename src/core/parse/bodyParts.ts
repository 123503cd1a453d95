import type { Body } from '../plan/model';

/** The body read, and where its top-level sections start. */
export interface BodyParts {
  readonly body: Body;
  /**
   * Document offsets of the lines that start a top-level section: an ATX heading (`# …`) in the first
   * column, outside any list, quote, code or HTML block. Markdown before such a line cannot change
   * how the line and what follows it read, except through link definitions (see sections.ts).
   */
  readonly sections: readonly number[];
}
