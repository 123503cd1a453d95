// The instructions one reading of a body shape executes, counted by valgrind (callgrind), at the two
// sizes of shapes.ts. Unlike a time, a count does not depend on what else the machine runs, so the
// growth from the smaller size to the larger is judged on it (docs/performance.md). V8 runs without
// its compilers (--jitless) and on one thread (--single-threaded, the collector included): the count
// is then the same from run to run, and the interpreter executes every operation compiled code
// would, so a cost that grows with the square of the text grows so here too.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { READINGS } from './shapeBodies';

/** One shape's counts at the smaller and the larger size, and how far apart two identical readings were. */
export interface InstructionFigures {
  small: number;
  large: number;
  /** The larger count over the smaller, the greater of the two pairs read. */
  growth: number;
  /** The greatest difference between two readings of one size, as a fraction of the smaller. */
  spread: number;
}

export function valgrindPresent(): boolean {
  try {
    execFileSync('valgrind', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs `script` (shapeReading.ts, bundled) under callgrind for one shape. The script marks each
 * reading's start and end with a call of uv_getrusage, before which callgrind dumps and zeroes its
 * counts: dump 1 is the start-up, then a reading and a collection alternate.
 */
export function countShape(script: string, shape: string, sizes: readonly [number, number]): InstructionFigures {
  const dir = mkdtempSync(join(tmpdir(), 'shape-instructions-'));
  try {
    const result = spawnSync(
      'valgrind',
      ['--tool=callgrind', '--dump-before=uv_getrusage', `--callgrind-out-file=${join(dir, 'out')}`, process.execPath, '--jitless', '--single-threaded', '--min-semi-space-size=16', '--max-semi-space-size=16', '--expose-gc', script, shape, ...sizes.map(String)],
      { encoding: 'utf8' },
    );
    if (result.status !== 0) throw new Error(`valgrind failed on "${shape}":\n${result.stderr.slice(-2000)}`);
    const dumps = readdirSync(dir)
      .map((name) => /^out\.(\d+)$/.exec(name))
      .filter((match) => match !== null)
      .map((match) => ({ n: Number(match[1]), total: totalOf(readFileSync(join(dir, match[0]), 'utf8')) }))
      .sort((a, b) => a.n - b.n)
      .map((dump) => dump.total);
    if (dumps.length !== 2 * READINGS.length) throw new Error(`"${shape}": ${dumps.length} dumps, not ${2 * READINGS.length}: is uv_getrusage called elsewhere?`);
    const readings = READINGS.map((which, n) => ({ which, count: dumps[2 * n + 1] })).slice(1);
    const at = (which: number) => readings.filter((reading) => reading.which === which).map((reading) => reading.count);
    const [smalls, larges] = [at(0), at(1)];
    return {
      small: Math.min(...smalls),
      large: Math.min(...larges),
      growth: Math.max(...larges.map((large, i) => large / smalls[i])),
      spread: Math.max(...[smalls, larges].map((counts) => (Math.max(...counts) - Math.min(...counts)) / Math.min(...counts))),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The instructions counted in one callgrind dump: its `summary:` line (or `totals:`). */
function totalOf(dump: string): number {
  const line = /^(?:summary|totals): (\d+)/m.exec(dump);
  if (!line) throw new Error('a callgrind dump without a summary line');
  return Number(line[1]);
}
