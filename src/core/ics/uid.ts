/**
 * Stable event UIDs, so that importing a newer export of the same plan updates its events instead
 * of adding copies. A UID is a hash of:
 * - the plan file's name (its base name, not its folder, so the CLI and the editor agree and moving
 *   the repository changes nothing);
 * - the element's kind (step, goal, moment, review);
 * - the element's title, trimmed, with runs of spaces made one and lower-cased — except for the goal
 *   and the review, which a plan has only one of and so are keyed by kind alone;
 * - for a second, third… element of the same kind with the same title, its occurrence number.
 * Renaming a step or a key moment (or the plan file) therefore gives it a new UID: a calendar shows
 * it as a new event and the old one stays until deleted. Changing a date keeps the UID.
 */
export type EventKind = 'step' | 'goal' | 'moment' | 'review';

export function eventUid(fileName: string, kind: EventKind, title: string, occurrence = 1): string {
  const key = [fileName, kind, kind === 'goal' || kind === 'review' ? '' : normalizeTitle(title), occurrence > 1 ? String(occurrence) : ''].join('\u0000');
  return `${kind}-${fnv1a64(key)}@career-plan`;
}

export function normalizeTitle(title: string): string {
  return title.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** FNV-1a, 64 bits, over the UTF-8 bytes: small, fast, dependency-free, and the same on every platform. */
function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}
