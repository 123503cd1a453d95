import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { stageWorkTree } from '../../../scripts/stage';

export const ROOT = path.resolve(__dirname, '../../..');

export interface Packed {
  readonly tarball: string;
  /** The tarball's size in bytes. */
  readonly size: number;
  /** Every file in it, as `npm pack` lists them. */
  readonly files: readonly string[];
}

/** Runs a program to its end; a failure throws with everything it printed. */
export function exec(command: string, args: readonly string[], options: SpawnSyncOptions = {}): { stdout: string; stderr: string } {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}:\n${result.stdout}${result.stderr}${result.error ?? ''}`);
  return { stdout: String(result.stdout), stderr: String(result.stderr) };
}

/** A temporary folder deleted when the test process ends. */
export function temporaryFolder(name: string): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), `career-plan-${name}-`));
  process.once('exit', () => fs.rmSync(folder, { recursive: true, force: true }));
  return folder;
}

let packed: Packed | undefined;

/**
 * The npm package exactly as `npm pack` makes it (its prepare script builds it), from a copy of the
 * work tree so that this repository's dist/ is left alone. Made once per test run: the test files
 * that install it share it.
 */
export function packOnce(): Packed {
  if (packed) return packed;
  const staging = stageWorkTree();
  try {
    const destination = temporaryFolder('tarball');
    const { stdout } = exec('npm', ['pack', '--json', '--pack-destination', destination], { cwd: staging });
    // The prepare script's own output comes first; npm's JSON report starts on a line of its own.
    const [report] = JSON.parse(stdout.slice(stdout.search(/^\[$/m))) as { filename: string; size: number; files: { path: string }[] }[];
    packed = { tarball: path.join(destination, report.filename), size: report.size, files: report.files.map((file) => file.path).sort() };
    return packed;
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** An empty project (an ES module package) with the tarball installed into its node_modules, offline. */
export function installedProject(packed: Packed): string {
  const project = temporaryFolder('project');
  fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'project', private: true, type: 'module' }));
  exec('npm', ['install', packed.tarball, '--offline', '--no-audit', '--no-fund'], { cwd: project });
  return project;
}
