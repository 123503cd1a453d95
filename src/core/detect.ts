/**
 * Tells whether a text is a career plan without parsing it: its frontmatter has a `goal` key and a
 * `steps` or `gaps` key (or their aliases) at the top level. Cheap enough to run on every file.
 */
const FENCE = /^\uFEFF?---[ \t]*\r?\n/;

export function looksLikePlan(text: string): boolean {
  const fence = FENCE.exec(text);
  if (!fence) return false;
  const end = text.indexOf('\n---', fence[0].length - 1);
  const frontmatter = text.slice(fence[0].length, end === -1 ? Math.min(text.length, 100_000) : end);
  return /^goal[ \t]*:/im.test(frontmatter) && /^(steps|gaps|milestones|skills)[ \t]*:/im.test(frontmatter);
}

/** The plan file patterns when none are configured. */
export const DEFAULT_PLAN_GLOBS: readonly string[] = ['**/*.plan.md', '**/career-plan*.md'];
