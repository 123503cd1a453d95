// The sentence encoder's cost (npm run bench, run.ts), in a fresh Node process on the production
// bundle: loading dist/sentence.js and the encoder's files, encoding a goal at a time (as an open
// plan's goals are, after a keystroke) and the resident memory the encoder adds.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const GOALS = [
  'Be a stronger presence in meetings',
  'Pass the AWS Solutions Architect exam by June 2027',
  'Improve my presentation skills',
  'Lead the redesign of our checkout flow and ship it to production',
  'Get promoted to senior nurse on the cardiac ward within 18 months',
  'Read one book on leadership each month',
];

async function main(): Promise<void> {
  const dist = process.argv[2];
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const { loadSentenceVectors } = createRequire(__filename)(join(dist, 'sentence.js')) as typeof import('../../src/sentence/loadSentenceVectors');
  const vectors = await loadSentenceVectors(dist);
  const loadMs = performance.now() - started;
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const goal of GOALS) {
      vectors.vectorOf(`${goal} (${round})`);
      const at = performance.now();
      await vectors.encodeWanted();
      times.push(performance.now() - at);
    }
  }
  times.sort((a, b) => a - b);
  process.stdout.write(JSON.stringify({ sentenceLoadMs: loadMs, sentencePerGoalMs: times[Math.floor(times.length / 2)], sentenceRssMB: (process.memoryUsage().rss - rssBefore) / 2 ** 20 }));
}

void main();
