import type { TextEdit } from '../document/findings';

/**
 * Applies non-overlapping edits to a text. Edits are sorted by position (insertions at one offset
 * keep their given order) and applied from the back, so every span still points at the original
 * text. Overlapping edits are a caller's bug and throw rather than corrupt the file.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const ordered = edits.map((edit, order) => ({ edit, order })).sort((a, b) => a.edit.span.start - b.edit.span.start || a.edit.span.end - b.edit.span.end || a.order - b.order);
  for (let i = 1; i < ordered.length; i++) {
    const previous = ordered[i - 1].edit.span;
    const current = ordered[i].edit.span;
    if (current.start < previous.end) throw new Error(`Edits overlap at offsets ${current.start}–${previous.end}.`);
  }
  let result = text;
  for (let i = ordered.length - 1; i >= 0; i--) {
    const { span, newText } = ordered[i].edit;
    if (span.start < 0 || span.end > text.length || span.start > span.end) throw new Error(`Edit span ${span.start}–${span.end} lies outside the text.`);
    result = result.slice(0, span.start) + newText + result.slice(span.end);
  }
  return result;
}

/** Shrinks a replacement to the characters that actually change, so an editor's undo and diff stay small. */
export function minimalEdit(text: string, start: number, end: number, newText: string): TextEdit {
  const old = text.slice(start, end);
  let prefix = 0;
  const limit = Math.min(old.length, newText.length);
  while (prefix < limit && old.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < limit - prefix && old.charCodeAt(old.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) suffix++;
  return { span: { start: start + prefix, end: end - suffix }, newText: newText.slice(prefix, newText.length - suffix) };
}
