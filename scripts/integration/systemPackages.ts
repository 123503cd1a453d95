// The system packages the harness needs beyond Node and npm: code-server's install builds native
// modules (python3, make, g++, libkrb5-dev) and serves its ripgrep download from the system's rg;
// the UI checks drive chromium; npm run bench counts instructions with valgrind. Run as root on a
// machine with apt (a fresh CI or development machine), the missing ones are installed, as .ci/run
// does; anywhere else the run stops and names the command that installs them. `npm ci && npm run
// try` thus works on a fresh Debian machine.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RESULTS_DIR } from './paths';
import { exited, spawnGroup } from './processGroup';

/** A Debian package, told present by a file it installs (other systems name their packages differently). */
export interface SystemPackage {
  readonly name: string;
  readonly present: () => boolean;
}

export function findOnPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, command);
    if (dir && fs.existsSync(candidate)) return candidate;
  }
  return undefined;
}

const command = (name: string, file = name): SystemPackage => ({ name, present: () => findOnPath(file) !== undefined });

/** What installing code-server needs. */
export const CODE_SERVER_BUILD: readonly SystemPackage[] = [command('python3'), command('make'), command('g++'), command('ripgrep', 'rg'), command('libkrb5-dev', 'krb5-config')];

/** What npm run bench needs beyond Node: valgrind counts the instructions its growth rows are judged on. */
export const BENCH_TOOLS: readonly SystemPackage[] = [command('valgrind')];

/** The browser the UI checks drive, where it is looked for. */
export const chromium = (executable: string): SystemPackage => ({ name: 'chromium', present: () => fs.existsSync(executable) });

const LOG = path.join(RESULTS_DIR, 'apt-get.log');

/** Installs the packages that are missing, or says how to. */
export async function ensureSystemPackages(packages: readonly SystemPackage[]): Promise<void> {
  const missing = packages.filter((pkg) => !pkg.present()).map((pkg) => pkg.name);
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0 || !findOnPath('apt-get')) {
    throw new Error(`missing system packages: ${missing.join(', ')}. On Debian or Ubuntu: sudo apt-get install ${missing.join(' ')}`);
  }
  console.log(`installing the Debian packages ${missing.join(', ')} with apt-get (log: ${path.relative(process.cwd(), LOG)})`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', ...missing]]) {
    const code = await exited(spawnGroup('apt-get', args, { env }, LOG));
    if (code !== 0) throw new Error(`apt-get ${args[0]} failed (exit ${code}):\n${fs.readFileSync(LOG, 'utf8').split('\n').slice(-20).join('\n')}`);
  }
  const still = packages.filter((pkg) => !pkg.present()).map((pkg) => pkg.name);
  if (still.length > 0) throw new Error(`apt-get installed, but still missing: ${still.join(', ')} (see ${LOG})`);
}
