// Bundles the in-host suite: index.ts plus every *.itest.ts under test/integration, one output
// file each, so index.ts can find the suites by name at run time without a list to keep up.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { SUITE_OUT, SUITE_SRC } from './paths';

function suiteSources(): string[] {
  return fs
    .readdirSync(SUITE_SRC, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.itest.ts'))
    .map((file) => path.join(SUITE_SRC, file));
}

export async function buildSuite(): Promise<number> {
  const suites = suiteSources();
  fs.rmSync(SUITE_OUT, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: [path.join(SUITE_SRC, 'index.ts'), ...suites],
    outdir: SUITE_OUT,
    outbase: SUITE_SRC,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // `vscode` only exists inside the extension host. mocha is left to Node: the bundle sits
    // inside the repository, so require('mocha') finds node_modules as in a plain run.
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  // Ends esbuild's helper process now, while this process can still reap it.
  await esbuild.stop();
  return suites.length;
}
