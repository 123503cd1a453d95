// `npm run package`: a production build, then `vsce package` into career-plan-<version>.vsix.
// Any warning vsce prints fails the command: a clean package is the point of running it.
// Both happen in a copy of the work tree (scripts/stage.ts).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { stageWorkTree } from './stage';

const ROOT = path.resolve(__dirname, '..');

const VSCE_FLAGS = [
  // Everything the extension runs is bundled into dist/; there are no node_modules to ship.
  '--no-dependencies',
  // vsce would point README links at the repository's web pages; there is no public one yet, so
  // links stay relative, to the files shipped inside the package.
  '--no-rewrite-relative-links',
  // For the same reason package.json names no repository (an invented address would be worse).
  '--allow-missing-repository',
];

/** What one packaging produced. */
export interface Packaged {
  vsix: string;
  bytes: number;
  /** Every file in the package with its size before compression, as `vsce ls` lists them. */
  files: { file: string; bytes: number }[];
}

function run(cwd: string, command: string, args: string[]): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status}):\n${output}`);
  return output;
}

function vsce(cwd: string, args: string[]): string {
  return run(cwd, path.join(ROOT, 'node_modules/.bin/vsce'), args);
}

/**
 * package.json "files" lists what the npm package ships (the CLI and the library); .vscodeignore
 * says what the .vsix ships. vsce refuses a manifest with both, so the staged copy's manifest
 * drops "files": the .vsix is made from .vscodeignore alone.
 */
function withoutNpmFiles(staging: string): void {
  const file = path.join(staging, 'package.json');
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
  delete manifest.files;
  fs.writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
}

export function packageExtension(): Packaged {
  const { name, version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
  const vsix = path.join(ROOT, `${name}-${version}.vsix`);
  const staging = stageWorkTree();
  try {
    withoutNpmFiles(staging);
    run(staging, process.execPath, ['esbuild.js', '--production']);
    const output = vsce(staging, ['package', ...VSCE_FLAGS, '--out', vsix]);
    const warnings = output.split('\n').filter((line) => /warn/i.test(line));
    if (warnings.length > 0) throw new Error(`vsce warned:\n${warnings.join('\n')}`);
    const listed = vsce(staging, ['ls', '--no-dependencies']).split('\n').filter(Boolean);
    const files = listed.map((file) => ({ file, bytes: fs.statSync(path.join(staging, file)).size }));
    return { vsix, bytes: fs.statSync(vsix).size, files };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

function main(): void {
  const { vsix, bytes, files } = packageExtension();
  const byFolder = new Map<string, { count: number; bytes: number }>();
  for (const file of files) {
    const folder = file.file.includes('/') ? `${file.file.split('/')[0]}/` : '(top)';
    const entry = byFolder.get(folder) ?? { count: 0, bytes: 0 };
    entry.count += 1;
    entry.bytes += file.bytes;
    byFolder.set(folder, entry);
  }
  console.log(`package: ${path.relative(process.cwd(), vsix)}, ${kib(bytes)}, ${files.length} files`);
  for (const [folder, entry] of byFolder) console.log(`  ${folder.padEnd(12)} ${String(entry.count).padStart(3)} files  ${kib(entry.bytes).padStart(10)}`);
}

if (require.main === module) {
  try {
    main();
  } catch (error) {
    console.error(`package: ${(error as Error).message}`);
    process.exit(1);
  }
}
