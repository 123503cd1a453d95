// Timings of the editor's path on generated plans, interleaved in one process, with a distinct text
// for every sample. Run by run.ts from a production-style bundle; prints its results as JSON.
import { looksLikePlan } from '../../src/core/format/detect';
import { analyse, type Analysis } from '../../src/extension/services/analysis';
import { markdownlintSync, tokenize } from './floor';
import { keystrokeOffsets, makePlan, typeAt, type Size } from './plans';
import { median, p95 } from './stats';

const TODAY = '2026-06-01';

/** What the plan store does for an open document on each new version: is it a plan, then analyse with the last parse. */
function editorPath(text: string, previous?: Analysis): Analysis {
  looksLikePlan(text);
  return analyse(text, { today: TODAY, previous });
}

const quick = process.argv.includes('--quick');
/** Rounds per size (each round takes one sample of each measure), and how many of them also time the floor and the peer. */
// The floor and the peer on the huge plan run for minutes: run.ts times them in a process it can stop.
const ROUNDS: Record<Size, { rounds: number; warmup: number; peers: number }> = quick
  ? { typical: { rounds: 60, warmup: 5, peers: 60 }, large: { rounds: 8, warmup: 1, peers: 8 }, huge: { rounds: 3, warmup: 0, peers: 0 } }
  : { typical: { rounds: 400, warmup: 20, peers: 400 }, large: { rounds: 36, warmup: 3, peers: 36 }, huge: { rounds: 8, warmup: 1, peers: 0 } };

type Measure = 'cold' | 'keyFrontmatter' | 'keyBody' | 'floor' | 'markdownlint';
const MEASURES: Measure[] = ['cold', 'keyFrontmatter', 'keyBody', 'floor', 'markdownlint'];

/**
 * The CPU time (user + system) a run takes, in milliseconds. Other engineers' processes share this
 * 2-core machine: waiting for a core would count in wall-clock time but is not work this code does,
 * nor time the host would be blocked on a machine of its own. Wall-clock medians are kept beside.
 */
function time(run: () => unknown): number {
  const wallStart = performance.now();
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  lastWall = performance.now() - wallStart;
  return (used.user + used.system) / 1000;
}
let lastWall = 0;

function measureSize(size: Size, firstSeed: number) {
  const { rounds, warmup, peers } = ROUNDS[size];
  const samples: Record<Measure, number[]> = { cold: [], keyFrontmatter: [], keyBody: [], floor: [], markdownlint: [] };
  const wall: Record<Measure, number[]> = { cold: [], keyFrontmatter: [], keyBody: [], floor: [], markdownlint: [] };
  let seed = firstSeed;
  let reportsSkipped = true;
  const keystroke = (where: 'frontmatter' | 'body') => {
    const text = makePlan(size, ++seed);
    const previous = editorPath(text);
    const edited = typeAt(text, keystrokeOffsets(text, seed)[where], 'x');
    // A document's text comes flat from the editor; a concatenation here is flattened before timing.
    edited.indexOf('\u0000');
    return time(() => editorPath(edited, previous));
  };
  for (let round = 0; round < rounds; round++) {
    // Each round takes the measures in a different order, so no measure always follows another.
    for (let i = 0; i < MEASURES.length; i++) {
      const measure = MEASURES[(round + i) % MEASURES.length];
      let sample: number | undefined;
      if (measure === 'cold') {
        const text = makePlan(size, ++seed);
        let result: Analysis | undefined;
        sample = time(() => (result = editorPath(text)));
        if (size === 'huge') reportsSkipped &&= result!.findings.some((finding) => finding.ruleId === 'CP007');
      } else if (measure === 'keyFrontmatter') sample = keystroke('frontmatter');
      else if (measure === 'keyBody') sample = keystroke('body');
      else if (round < peers) {
        const text = makePlan(size, ++seed);
        sample = time(() => (measure === 'floor' ? tokenize(text) : markdownlintSync(text)));
      }
      if (sample !== undefined && round >= warmup) {
        samples[measure].push(sample);
        wall[measure].push(lastWall);
      }
    }
  }
  const result = {
    coldMedian: median(samples.cold),
    coldP95: p95(samples.cold),
    keyFrontmatterMedian: median(samples.keyFrontmatter),
    keyFrontmatterP95: p95(samples.keyFrontmatter),
    keyBodyMedian: median(samples.keyBody),
    keyBodyP95: p95(samples.keyBody),
    floorMedian: median(samples.floor),
    markdownlintMedian: median(samples.markdownlint),
    samples: Object.fromEntries(MEASURES.map((measure) => [measure, samples[measure].length])),
    wallMedians: Object.fromEntries(MEASURES.map((measure) => [measure, median(wall[measure])])),
  };
  if (size !== 'huge') return result;
  return { ...result, maxBlockMs: Math.max(...samples.cold, ...samples.keyFrontmatter, ...samples.keyBody), maxBlockWallMs: Math.max(...wall.cold, ...wall.keyFrontmatter, ...wall.keyBody), reportsSkipped, textLength: makePlan('huge', 0).length };
}

const sizes = (process.argv.find((arg) => arg.startsWith('--sizes='))?.slice(8).split(',') ?? ['typical', 'large', 'huge']) as Size[];
const results: Record<string, unknown> = {};
for (const [index, size] of sizes.entries()) {
  results[size] = measureSize(size, (index + 1) * 1_000_000);
  process.stderr.write(`  ${size} done\n`);
}
process.stdout.write(JSON.stringify(results));
