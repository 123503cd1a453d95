/** “a”, “b” and “c”: words of the plan quoted in a message, at most `limit` of them. */
export function quoteList(words: readonly string[], limit = 3): string {
  const unique = [...new Set(words)].slice(0, limit).map((word) => `“${word}”`);
  if (unique.length <= 1) return unique.join('');
  return `${unique.slice(0, -1).join(', ')} and ${unique.at(-1)}`;
}

/** "1 gap", "3 gaps". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
