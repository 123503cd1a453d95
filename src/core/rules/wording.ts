/** “a”, “b” and “c”: words of the plan quoted in a message, at most `limit` of them. */
export function quoteList(words: readonly string[], limit = 3): string {
  const unique = [...new Set(words)].slice(0, limit).map((word) => `“${word}”`);
  if (unique.length <= 1) return unique.join('');
  return `${unique.slice(0, -1).join(', ')} and ${unique.at(-1)}`;
}

/**
 * The verdict of the learned reader on a goal read as a whole, with the words that weighed most in
 * it: it has no one phrase to point at, so the message names what tipped it.
 */
export function readAsWhole(verdict: string, words: readonly string[]): string {
  return `read as a whole, ${verdict}${words.length > 0 ? ` (what weighs most: ${quoteList(words)})` : ''}`;
}

/** "1 gap", "3 gaps". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
