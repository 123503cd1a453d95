// Bodies of shapes that once made reading grow with the square of their length (issue 18), each at
// two sizes, read cold and after a keystroke in their middle, beside a plain body of the same size.
// Run by run.ts from a production-style bundle; prints its results as JSON.
import { analyse, type Analysis } from '../../src/extension/services/analysis';
import { shapeBody, SHAPES } from './shapeBodies';
import { median, p95 } from './stats';

const TODAY = '2026-06-01';
const FRONTMATTER = '---\ngoal: Pass the CFA Level II exam in June 2027\nvalues: [craft]\nsteps:\n  - title: Level I\n    target: 2026-12-01\n---\n';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

/**
 * CPU milliseconds of one run. The heap is collected first, so a collection owed to the garbage of
 * earlier rounds is not charged to this one (the 160 KB texts of earlier rounds made single readings
 * vary threefold); the run's own collections still count.
 */
function cpu(run: () => unknown): number {
  gc!();
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const quick = process.argv.includes('--quick');
const ROUNDS = quick ? 2 : 9;
export const SIZES = [80 * 1024, 160 * 1024] as const;

const results: Record<string, Record<number, { cold: number; keystrokeP95: number }>> = {};
for (const shape of Object.keys(SHAPES)) {
  results[shape] = {};
  for (const size of SIZES) {
    const cold: number[] = [];
    const keys: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      // A distinct text each round: nothing is served from a cache of the last one.
      const text = `${FRONTMATTER}${shapeBody(shape, size)}<!-- round ${round} -->\n`;
      let first: Analysis | undefined;
      cold.push(cpu(() => (first = analyse(text, { today: TODAY }))));
      const middle = text.indexOf('\n', FRONTMATTER.length + Math.floor((text.length - FRONTMATTER.length) / 2)) + 1;
      const edited = `${text.slice(0, middle)}x${text.slice(middle)}`;
      keys.push(cpu(() => analyse(edited, { today: TODAY, previous: first })));
    }
    results[shape][size] = { cold: median(cold), keystrokeP95: p95(keys) };
  }
  process.stderr.write(`  ${shape} done\n`);
}
process.stdout.write(JSON.stringify(results));
