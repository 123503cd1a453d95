// `npm run fuzz -- [--runs N] [--time-limit SECONDS] [--seed N] [--property NAME]`
// Runs the parser and linter properties of `npm test` with a random seed and as many cases as asked
// (default 1,000,000, stopping early at the time limit, default one hour), printing progress. The
// first failure stops it: its shrunk input is written to test/fixtures/regressions/ (checked by
// every `npm test` from then on) and the seed and path to replay it are printed.
import fc from 'fast-check';
import * as path from 'node:path';
import { caseOf, planProperties, predicateOf, type Case, type PlanProperty } from '../test/unit/properties/properties';
import { REGRESSIONS_DIR, writeRegression } from '../test/unit/properties/regressionStore';

interface Options {
  readonly runs: number;
  readonly timeLimitS: number;
  readonly seed: number;
  readonly property?: string;
}

/** Cases per fc.check call: small enough to check the clock and report often. */
const BATCH = 250;
const PROGRESS_EVERY_MS = 10_000;

function parseArgs(argv: readonly string[]): Options {
  const value = (name: string): string | undefined => {
    const at = argv.indexOf(name);
    return at === -1 ? undefined : argv[at + 1];
  };
  const number = (name: string, fallback: number): number => {
    const raw = value(name);
    if (raw === undefined) return fallback;
    const parsed = Number(raw.replace(/_/g, ''));
    if (!Number.isFinite(parsed) || parsed < 0) throw new Error(`${name} wants a number, not "${raw}"`);
    return parsed;
  };
  return {
    runs: number('--runs', 1_000_000),
    timeLimitS: number('--time-limit', 3600),
    seed: number('--seed', Math.floor(Math.random() * 2 ** 31)),
    property: value('--property'),
  };
}

function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
}

const count = (n: number) => n.toLocaleString('en');

function main(): number {
  const options = parseArgs(process.argv.slice(2));
  const properties = planProperties.filter((property) => !options.property || property.name.includes(options.property));
  if (properties.length === 0) throw new Error(`no property matches "${options.property}": ${planProperties.map((p) => p.name).join('; ')}`);
  console.log(`fuzz: ${count(options.runs)} runs, time limit ${formatDuration(options.timeLimitS * 1000)}, seed ${options.seed}`);
  console.log(`fuzz: properties: ${properties.map((p) => p.name).join('; ')}`);

  const done = new Map<PlanProperty, number>(properties.map((property) => [property, 0]));
  const started = Date.now();
  let lastReport = started;
  let total = 0;
  let batch = 0;
  const report = (final: boolean) => {
    const elapsed = Date.now() - started;
    const rate = total / Math.max(elapsed / 1000, 0.001);
    const parts = properties.map((property) => `${property.name} ${count(done.get(property) ?? 0)}`).join(', ');
    console.log(`fuzz: ${final ? 'done: ' : ''}${count(total)} / ${count(options.runs)} runs in ${formatDuration(elapsed)}, ${count(Math.round(rate))} runs/s (${parts})`);
  };

  while (total < options.runs) {
    if (Date.now() - started > options.timeLimitS * 1000) {
      console.log(`fuzz: time limit reached`);
      break;
    }
    // The property furthest behind its share goes next, so any stopping point is balanced.
    const property = properties.reduce((best, candidate) => ((done.get(candidate) ?? 0) / candidate.share < (done.get(best) ?? 0) / best.share ? candidate : best));
    const numRuns = Math.min(BATCH, options.runs - total);
    const seed = (options.seed + batch) | 0;
    const result = fc.check(fc.property(caseOf(property), predicateOf(property)), { numRuns, seed });
    batch++;
    if (result.failed) {
      report(false);
      return failure(property, result, seed);
    }
    done.set(property, (done.get(property) ?? 0) + result.numRuns);
    total += result.numRuns;
    if (total < options.runs && Date.now() - lastReport >= PROGRESS_EVERY_MS) {
      lastReport = Date.now();
      report(false);
    }
  }
  report(true);
  return 0;
}

function failure(property: PlanProperty, result: fc.RunDetails<[Case]>, seed: number): number {
  const [input] = result.counterexample ?? [];
  const error = result.errorInstance;
  const message = error instanceof Error ? error.message : String(error);
  console.log(`\nfuzz: FAILED "${property.name}" after shrinking ${result.numShrinks} times`);
  console.log(`fuzz: replay with: npm run fuzz -- --seed ${seed} --property "${property.name}" --runs ${BATCH}  (fast-check path ${result.counterexamplePath})`);
  console.log(`fuzz: today ${input?.today}, text ${JSON.stringify(input?.text)}`);
  console.log(error instanceof Error ? (error.stack ?? message) : message);
  if (input) {
    const file = writeRegression(input.text, { today: input.today, found: property.name, error: message.split('\n')[0] });
    console.log(`fuzz: kept as ${path.relative(process.cwd(), path.join(REGRESSIONS_DIR, file))}`);
  }
  return 1;
}

process.exitCode = main();
