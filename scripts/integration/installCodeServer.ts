// Installs code-server into its own ignored cache folder on first use and reuses it afterwards.
// It is kept out of the project's dependencies: 300 MB and native builds nobody else needs.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CODE_SERVER_CACHE, CODE_SERVER_ENTRY, CODE_SERVER_VERSION, RESULTS_DIR } from './paths';
import { exited, spawnGroup } from './processGroup';
import { CODE_SERVER_BUILD, ensureSystemPackages, findOnPath } from './systemPackages';

/** Written last, so an install cut short (timeout, Ctrl+C) is redone rather than reused. */
const MARKER = path.join(CODE_SERVER_CACHE, '.installed');

// code-server 4.100.3 depends on @vscode/ripgrep 1.15.11, whose postinstall downloads rg from
// GitHub (unreachable here) unless this tarball is already in its cache folder.
const RIPGREP_CACHE = path.join(os.tmpdir(), 'vscode-ripgrep-cache-1.15.11');
const RIPGREP_TARGETS: Record<string, string> = {
  x64: 'x86_64-unknown-linux-musl',
  arm64: 'aarch64-unknown-linux-musl',
};

export async function ensureCodeServer(): Promise<void> {
  if (installedVersion() === CODE_SERVER_VERSION && fs.existsSync(CODE_SERVER_ENTRY)) return;
  await ensureSystemPackages(CODE_SERVER_BUILD);
  const logFile = path.join(RESULTS_DIR, 'code-server-install.log');
  console.log(`integration: installing code-server ${CODE_SERVER_VERSION} (once, about 90 s; log: ${logFile})`);
  fs.rmSync(CODE_SERVER_CACHE, { recursive: true, force: true });
  fs.mkdirSync(CODE_SERVER_CACHE, { recursive: true });
  fs.writeFileSync(path.join(CODE_SERVER_CACHE, 'package.json'), '{ "private": true }\n');
  seedRipgrepCache();
  const npm = spawnGroup('npm', ['install', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: CODE_SERVER_CACHE,
    env: {
      ...process.env,
      // Its postinstall runs `npx node-gyp` and refuses to run as root without unsafe-perm.
      npm_config_yes: 'true',
      npm_config_unsafe_perm: 'true',
      // npm 11 skips dependencies' install scripts unless allowed, and code-server's own
      // postinstall runs nested `npm install`s that an allow list cannot reach; the version is
      // pinned, so allowing all of them installs exactly what code-server's authors ship.
      npm_config_dangerously_allow_all_scripts: 'true',
    },
  }, logFile);
  const code = await exited(npm);
  if (code !== 0) {
    throw new Error(`installing code-server failed (npm exit ${code}); see ${logFile}.`);
  }
  fs.writeFileSync(MARKER, CODE_SERVER_VERSION);
}

function installedVersion(): string | undefined {
  return fs.existsSync(MARKER) ? fs.readFileSync(MARKER, 'utf8').trim() : undefined;
}

/** Packs the system's rg the way the ripgrep download would have delivered it. */
function seedRipgrepCache(): void {
  const target = RIPGREP_TARGETS[process.arch];
  if (!target) return;
  const tarball = path.join(RIPGREP_CACHE, `ripgrep-v13.0.0-10-${target}.tar.gz`);
  if (fs.existsSync(tarball)) return;
  const rg = findOnPath('rg');
  if (!rg) throw new Error('ripgrep (rg) is not on the PATH');
  fs.mkdirSync(RIPGREP_CACHE, { recursive: true });
  // -h stores the file itself if rg is a symlink.
  execFileSync('tar', ['-czhf', tarball, '-C', path.dirname(rg), path.basename(rg)]);
}
