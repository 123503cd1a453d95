// One integration run at a time per work tree: runs share the code-server install, the suite
// bundle in dist-test/ and test-results/, and several people may run the tests in the same tree.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { onCleanup } from './cleanup';
import { ROOT } from './paths';

const LOCK = path.join(ROOT, '.vscode-test/integration.lock');
const POLL_MS = 1_000;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Takes the lock if it is free or left by a run that died; false while a live run holds it. */
function tryTake(): boolean {
  try {
    fs.writeFileSync(LOCK, String(process.pid), { flag: 'wx' });
    return true;
  } catch {
    let holder: number;
    try {
      holder = Number(fs.readFileSync(LOCK, 'utf8'));
    } catch {
      return tryTake(); // Released between our write and our read.
    }
    if (alive(holder)) return false;
    fs.rmSync(LOCK, { force: true });
    return tryTake();
  }
}

/** Waits while another run holds the lock (the overall timeout still applies), then takes it. */
export async function acquireRunLock(): Promise<void> {
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  let announced = false;
  while (!tryTake()) {
    if (!announced) console.log(`integration: waiting for the run that holds ${path.relative(ROOT, LOCK)}`);
    announced = true;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  onCleanup(() => fs.rmSync(LOCK, { force: true }));
}
