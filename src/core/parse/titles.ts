/**
 * What two titles share when they name the same thing: lower case, every run of other than letters
 * and digits one space. "Gap: Budget ownership" and "2. Budget ownership" both hold "budget
 * ownership"; compare keys to match many titles at once.
 */
export function titleKey(title: string): string {
  const lower = title.toLowerCase();
  // Most titles are plain ASCII, where the Unicode classes match exactly [a-z0-9]; matching those is several times faster.
  return (ASCII.test(lower) ? lower.replace(/[^a-z0-9]+/g, ' ') : lower.replace(/[^\p{L}\p{N}]+/gu, ' ')).trim();
}
const ASCII = /^[\x00-\x7f]*$/;
