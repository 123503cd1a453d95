import type { Fix, TextEdit } from '../document/findings';
import type { Span } from '../document/range';

/**
 * Merges several fixes into one set of edits that can be applied together. A fix is taken whole or
 * not at all: when one of its edits overlaps an edit already taken, the whole fix is left for a
 * later run (the finding will still be there). The same edit proposed twice is applied once.
 */
export function combineFixes(fixes: readonly Fix[]): TextEdit[] {
  const taken: TextEdit[] = [];
  for (const fix of fixes) {
    const fresh = fix.edits.filter((edit) => !taken.some((other) => sameEdit(edit, other)));
    if (fresh.some((edit, i) => taken.some((other) => overlaps(edit, other)) || fresh.slice(0, i).some((other) => overlaps(edit, other)))) continue;
    taken.push(...fresh);
  }
  return taken.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

function sameEdit(a: TextEdit, b: TextEdit): boolean {
  return a.span.start === b.span.start && a.span.end === b.span.end && a.newText === b.newText;
}

/**
 * Two replacements overlap when they share a character. Two insertions at one offset also count:
 * their order would be a guess. An insertion at a replacement's edge touches nothing it replaces.
 */
export function overlaps(a: TextEdit, b: TextEdit): boolean {
  return spansOverlap(a.span, b.span);
}

function spansOverlap(a: Span, b: Span): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  if (a.start === a.end) return b.start < a.start && a.start < b.end;
  if (b.start === b.end) return a.start < b.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}
