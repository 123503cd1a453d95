import { oneLine } from '../document/oneLine';

/**
 * Which item of the previous version of a list each item of the next one continues: the same title
 * first (compared without case and extra spaces), then, for an item whose title matches none, the
 * item at the same position, when that one was not matched by title — a title edited in place.
 * Undefined for an item that is new.
 */
export function matchByTitle(previous: readonly string[], next: readonly string[]): (number | undefined)[] {
  const taken = new Set<number>();
  const matches: (number | undefined)[] = next.map(() => undefined);
  const wanted = previous.map(sameTitle);
  next.forEach((title, i) => {
    const key = sameTitle(title);
    const found = wanted.findIndex((candidate, j) => candidate === key && !taken.has(j));
    if (found !== -1) {
      matches[i] = found;
      taken.add(found);
    }
  });
  // A step whose title is also in the next version elsewhere was moved, not renamed: never reuse it.
  const nextTitles = new Set(next.map(sameTitle));
  next.forEach((_, i) => {
    if (matches[i] !== undefined || i >= previous.length || taken.has(i) || nextTitles.has(wanted[i])) return;
    matches[i] = i;
    taken.add(i);
  });
  return matches;
}

export function sameTitle(title: string): string {
  return oneLine(title).toLowerCase();
}
