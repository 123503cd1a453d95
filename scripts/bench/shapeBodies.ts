// Bodies of the shapes that once made reading grow with the square of their length (issue 18),
// built to a size: the bench times them (shapes.ts), counts their instructions (instructions.ts) and
// a profile can read them without running it.

/** The frontmatter every shape's body is read under, and the day it is read on. */
export const SHAPE_FRONTMATTER = '---\ngoal: Pass the CFA Level II exam in June 2027\nvalues: [craft]\nsteps:\n  - title: Level I\n    target: 2026-12-01\n---\n';
export const SHAPE_TODAY = '2026-06-01';

/** The two sizes each shape is read at (bytes of body): doubling the text must at most ~double the cost. */
export const SHAPE_SIZES = [80 * 1024, 160 * 1024] as const;

/**
 * The readings whose instructions are counted, as indexes into the two sizes: one at the smaller
 * size that compiles the code the shape runs (not counted), then smaller, larger, smaller, larger.
 */
export const READINGS = [0, 0, 1, 0, 1] as const;

/** One unit of each shape, repeated to the size measured; `n` makes each unit distinct. */
export const SHAPES: Record<string, (n: number) => string> = {
  'plain paragraphs': (n) => `Notes of entry ${n}: met the mentor, read two chapters and wrote a summary.\n\n`,
  // As many lines to the kilobyte as the setext pairs: reading costs by the line more than by the byte.
  'plain short lines': () => 'a b\n\n',
  'setext pairs (a / ---)': () => 'a\n---\n',
  'setext with emphasis': (n) => `Entry ${n} with *emphasis*\n---\n`,
  'dated journal (entry / ---)': (n) => `2026-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')} Met with the team about hiring and the roadmap, entry ${n}\n---\n`,
  'heading / task pairs': (n) => `## Week ${n}\n- [ ] follow up with the panel ${n}\n`,
  'link definitions': (n) => `[ref${n}]: https://example.invalid/${n}\n`,
  'tasks only': (n) => `- [ ] action number ${n} (due 2027-01-15)\n`,
};

export function shapeBody(shape: string, bytes: number): string {
  const unit = SHAPES[shape];
  const parts: string[] = [];
  let length = 0;
  for (let n = 0; length < bytes; n++) {
    const next = unit(n);
    parts.push(next);
    length += next.length;
  }
  return parts.join('');
}
