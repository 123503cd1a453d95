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
 * CPU milliseconds of one run. The heap is collected first and the collector's helper threads are
 * given a moment to finish sweeping: process.cpuUsage counts every thread, and the sweeping of the
 * last round's 160 KB texts, charged to the next reading, made identical readings vary tenfold. The
 * run's own collections still count.
 */
async function cpu(run: () => unknown): Promise<number> {
  gc!();
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** Long enough for the collector's concurrent sweeping after a full collection of a few megabytes. */
const SETTLE_MS = 30;

const quick = process.argv.includes('--quick');
const ROUNDS = quick ? 2 : 9;
export const SIZES = [80 * 1024, 160 * 1024] as const;

/** One shape at one size: the median cold reading and the p95 of a keystroke in its middle. */
async function measure(shape: string, size: number): Promise<{ cold: number; keystrokeP95: number }> {
  const cold: number[] = [];
  const keys: number[] = [];
  // Round 0 is not counted: it compiles the code paths this shape takes for the first time.
  for (let round = 0; round <= ROUNDS; round++) {
    // A distinct text each round: nothing is served from a cache of the last one.
    const text = `${FRONTMATTER}${shapeBody(shape, size)}<!-- round ${round} -->\n`;
    let first: Analysis | undefined;
    const coldMs = await cpu(() => (first = analyse(text, { today: TODAY })));
    const middle = text.indexOf('\n', FRONTMATTER.length + Math.floor((text.length - FRONTMATTER.length) / 2)) + 1;
    const edited = `${text.slice(0, middle)}x${text.slice(middle)}`;
    const keyMs = await cpu(() => analyse(edited, { today: TODAY, previous: first }));
    if (round === 0) continue;
    cold.push(coldMs);
    keys.push(keyMs);
  }
  if (process.env.SHAPES_DEBUG) process.stderr.write(`${shape} ${size}: ${cold.map((ms) => ms.toFixed(1)).join(' ')}\n`);
  return { cold: median(cold), keystrokeP95: p95(keys) };
}

async function main(): Promise<void> {
  const results: Record<string, Record<number, { cold: number; keystrokeP95: number }>> = {};
  for (const shape of Object.keys(SHAPES)) {
    results[shape] = {};
    for (const size of SIZES) results[shape][size] = await measure(shape, size);
    process.stderr.write(`  ${shape} done\n`);
  }
  process.stdout.write(JSON.stringify(results));
}

void main();
