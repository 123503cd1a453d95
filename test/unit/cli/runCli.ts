import * as path from 'node:path';
import { run } from '../../../src/cli/run';

/** The repository's root: where the CLI tests find the example plans. */
export const REPOSITORY_ROOT = path.resolve(__dirname, '../../..');

/** Runs the CLI in-process, as a terminal without colours would, with its output captured. */
export async function runCli(args: readonly string[], cwd = REPOSITORY_ROOT): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(args, { cwd, color: false, out: (text) => (out += text), err: (text) => (err += text) });
  return { code, out, err };
}
