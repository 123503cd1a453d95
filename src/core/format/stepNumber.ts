/**
 * The step number a `blocks:` value writes: a whole number, or the same in quotes (`"2"`), which a
 * person means as the number. Anything else names a step by its title.
 */
export function stepNumberOf(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  return typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : undefined;
}
