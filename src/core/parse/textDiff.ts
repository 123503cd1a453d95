/**
 * Where two versions of a document start and stop differing. Compared a block at a time: string
 * equality on flat strings runs at memory speed, a character loop over a 5 MB plan would not.
 */
const BLOCK = 4096;

/** How many characters `a` and `b` share at their start. */
export function commonPrefix(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let at = 0;
  while (at + BLOCK <= limit && a.slice(at, at + BLOCK) === b.slice(at, at + BLOCK)) at += BLOCK;
  while (at < limit && a.charCodeAt(at) === b.charCodeAt(at)) at++;
  return at;
}

/** How many characters `a` and `b` share at their end, counting at most `limit`. */
export function commonSuffix(a: string, b: string, limit: number): number {
  let length = 0;
  while (length + BLOCK <= limit && a.slice(a.length - length - BLOCK, a.length - length) === b.slice(b.length - length - BLOCK, b.length - length)) length += BLOCK;
  while (length < limit && a.charCodeAt(a.length - 1 - length) === b.charCodeAt(b.length - 1 - length)) length++;
  return length;
}

/** The edit that turned `before` into `after`: `before[from, oldTo)` became `after[from, newTo)`. */
export interface Change {
  readonly from: number;
  readonly oldTo: number;
  readonly newTo: number;
}

export function changeBetween(before: string, after: string): Change {
  const from = commonPrefix(before, after);
  const suffix = commonSuffix(before, after, Math.min(before.length, after.length) - from);
  return { from, oldTo: before.length - suffix, newTo: after.length - suffix };
}
