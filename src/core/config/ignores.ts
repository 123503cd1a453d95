import ignore from 'ignore';

/**
 * What a folder's ignore patterns say of a path relative to it: ignored (a pattern names it or a
 * folder it is in), kept (a `!` pattern names it again), or nothing (no pattern names it), so a
 * nearer folder's patterns can override a farther one's, as nested .gitignore files do.
 */
export type IgnoreVerdict = 'ignored' | 'kept' | undefined;

/** A matcher of patterns in gitignore syntax: blank lines and `#` comments are skipped, `!` negates, a trailing `/` means a folder. */
export function ignoreMatcher(patterns: readonly string[]): (relative: string) => IgnoreVerdict {
  if (patterns.length === 0) return () => undefined;
  const matcher = ignore().add(patterns);
  return (relative) => {
    const { ignored, unignored } = matcher.test(relative);
    return ignored ? 'ignored' : unignored ? 'kept' : undefined;
  };
}

/** The lines of an ignore file, whatever its line breaks. */
export const ignoreLines = (text: string): string[] => text.split(/\r\n|\r|\n/);
