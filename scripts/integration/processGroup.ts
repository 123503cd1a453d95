// Starts a child in a process group of its own and registers a cleanup that ends the whole
// group: code-server and npm start children of their own (extension host, node-gyp), and
// killing only the parent would leave those running.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { onCleanup } from './cleanup';

const GRACE_MS = 5_000;

export function spawnGroup(command: string, args: string[], options: SpawnOptions, logFile: string): ChildProcess {
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const log = fs.openSync(logFile, 'w');
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', log, log] });
  fs.closeSync(log);
  onCleanup(() => child.pid && killGroup(child.pid));
  return child;
}

/** The child's exit code (1 when a signal ended it); rejects when it could not be started. */
export function exited(child: ChildProcess): Promise<number> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => resolve(code ?? 1));
  });
}

/**
 * Whether any process of the group still runs. Where /proc exists, zombies are not counted: the
 * group's orphans are reaped by init, which here can take seconds after they have exited.
 */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
  } catch {
    return false;
  }
  if (!fs.existsSync('/proc/self/stat')) return true;
  return fs.readdirSync('/proc').some((entry) => /^\d+$/.test(entry) && runsInGroup(entry, pgid));
}

function runsInGroup(pid: string, pgid: number): boolean {
  try {
    // After the ")" that closes the command name: state, ppid, pgrp, ...
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(pgrp) === pgid && state !== 'Z';
  } catch {
    return false; // It ended while we looked.
  }
}

/** SIGTERM to the group, then SIGKILL to whatever is still in it after a grace period. */
async function killGroup(pgid: number): Promise<void> {
  if (!groupAlive(pgid)) return;
  process.kill(-pgid, 'SIGTERM');
  const deadline = Date.now() + GRACE_MS;
  while (groupAlive(pgid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (groupAlive(pgid)) process.kill(-pgid, 'SIGKILL');
}
