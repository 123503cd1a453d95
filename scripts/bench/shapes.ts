// Bodies of shapes that once made reading grow with the square of their length (issue 18), each at
// two sizes, read cold and after a keystroke in their middle, beside a plain body of the same size.
// Run by run.ts from a production-style bundle; prints its results as JSON.
import { analyse, type Analysis } from '../../src/extension/services/analysis';
import { SHAPE_FRONTMATTER as FRONTMATTER, SHAPE_SIZES as SIZES, SHAPE_TODAY as TODAY, shapeBody, SHAPES } from './shapeBodies';
import { median, p95 } from './stats';

const gc = (globalThis as { gc?: (options?: { type: 'minor' | 'major' }) => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

/**
 * CPU milliseconds of one run, which starts with an empty young generation whose memory is still
 * the process's. Two minor collections empty it (what the last reading kept alive moves to the old
 * one) and a pause lets the collector's threads finish, since process.cpuUsage counts them. A full
 * collection before every reading, as this bench did first, also handed the young generation's
 * pages back to the system: each reading then paid for getting them again, page by page, more of
 * them the more it allocated, and a reading of 160 KB cost 1.3 to 2.6 times one of 80 KB from one
 * run to the next although it executes twice the work (see docs/performance.md).
 */
async function cpu(run: () => unknown): Promise<number> {
  gc!({ type: 'minor' });
  gc!({ type: 'minor' });
  await pause(SETTLE_MS);
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Long enough for the collector's helper threads after a minor collection of a few megabytes. */
const SETTLE_MS = 30;

const quick = process.argv.includes('--quick');
/** Rounds counted, after WARMUP_ROUNDS that are not: the first readings of a shape run code V8 has not optimized yet. */
const ROUNDS = quick ? 3 : 15;
const WARMUP_ROUNDS = 2;

/** Per shape: per size, the cold readings and the keystrokes; and the readings of two smaller texts in one go. */
type Samples = Record<string, { sizes: Record<number, { cold: number[]; keys: number[] }>; twoSmall: number[] }>;

let serial = 0;

/** A text of a shape at a size, distinct each time: nothing is served from a cache of the last one. */
const textOf = (shape: string, size: number) => `${FRONTMATTER}${shapeBody(shape, size)}<!-- reading ${serial++} -->\n`;

/** One cold reading of a shape at one size, and a keystroke in its middle. */
async function read(shape: string, size: number): Promise<{ cold: number; key: number }> {
  const text = textOf(shape, size);
  let first: Analysis | undefined;
  const cold = await cpu(() => (first = analyse(text, { today: TODAY })));
  const middle = text.indexOf('\n', FRONTMATTER.length + Math.floor((text.length - FRONTMATTER.length) / 2)) + 1;
  const edited = `${text.slice(0, middle)}x${text.slice(middle)}`;
  const key = await cpu(() => analyse(edited, { today: TODAY, previous: first }));
  return { cold, key };
}

/** Two cold readings of a shape at one size, one after the other, timed as one. */
async function readTwo(shape: string, size: number): Promise<number> {
  const [one, two] = [textOf(shape, size), textOf(shape, size)];
  return cpu(() => {
    analyse(one, { today: TODAY });
    analyse(two, { today: TODAY });
  });
}

/**
 * Every round reads every shape: once at each size (cold, then a keystroke), and twice at the
 * smaller size timed as one, the three one after the other (in one order, then the reverse), and
 * starts at another shape than the round before: all figures are taken over the same stretch of
 * time, on a machine whose load changes by the second.
 */
async function measureAll(): Promise<Samples> {
  const shapes = Object.keys(SHAPES);
  const [small, large] = SIZES;
  const samples: Samples = Object.fromEntries(shapes.map((shape) => [shape, { sizes: { [small]: { cold: [], keys: [] }, [large]: { cold: [], keys: [] } }, twoSmall: [] }]));
  for (let round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
    // A full collection between rounds, away from any reading: the old generation holds every
    // text read so far, and V8 would otherwise start marking it in the middle of one.
    gc!();
    await pause(4 * SETTLE_MS);
    // That collection also hands the young generation's pages back: one reading, not counted, takes them again.
    analyse(textOf('plain short lines', large), { today: TODAY });
    for (let i = 0; i < shapes.length; i++) {
      const shape = shapes[(round + i) % shapes.length];
      const steps = [small, 'two', large] as const;
      for (const step of round % 2 === 0 ? steps : [...steps].reverse()) {
        if (step === 'two') {
          const ms = await readTwo(shape, small);
          if (round >= WARMUP_ROUNDS) samples[shape].twoSmall.push(ms);
          continue;
        }
        const { cold, key } = await read(shape, step);
        if (round < WARMUP_ROUNDS) continue;
        samples[shape].sizes[step].cold.push(cold);
        samples[shape].sizes[step].keys.push(key);
      }
    }
  }
  return samples;
}

/**
 * Per shape: how the time grows when the text doubles, and per size the least and the median cold
 * reading and the keystroke p95 (ms). The growth is twice the least time of one reading of the
 * larger text over the least time of two readings of the smaller one: if the cost is linear, the
 * two spans are as long, allocate as much and are as exposed to other processes, which a shorter
 * span escapes more often. It is shown for context only: even so it flapped on this machine (one
 * 160 KB reading against one of 80 KB measured 2.5× under a load of 20 on two cores, where
 * instructions grow 2.0×), and run.ts judges the growth on instructions (instructionCount.ts).
 */
export type ShapeFigures = Record<string, { timedGrowth: number; sizes: Record<number, { coldLeast: number; coldMedian: number; keystrokeP95: number }> }>;

async function main(): Promise<void> {
  const samples = await measureAll();
  const figures: ShapeFigures = {};
  for (const [shape, { sizes, twoSmall }] of Object.entries(samples)) {
    figures[shape] = {
      timedGrowth: (2 * Math.min(...sizes[SIZES[1]].cold)) / Math.max(Math.min(...twoSmall), 0.01),
      sizes: Object.fromEntries(SIZES.map((size) => [size, { coldLeast: Math.min(...sizes[size].cold), coldMedian: median(sizes[size].cold), keystrokeP95: p95(sizes[size].keys) }])),
    };
    if (process.env.SHAPES_DEBUG) {
      const list = (values: number[]) => values.map((value) => value.toFixed(1)).join(' ');
      process.stderr.write(`${shape}\n${SIZES.map((size) => `  cold ${size / 1024} KB: ${list(sizes[size].cold)}\n`).join('')}  two of ${SIZES[0] / 1024} KB: ${list(twoSmall)}\n`);
    }
  }
  process.stdout.write(JSON.stringify(figures));
}

void main();
