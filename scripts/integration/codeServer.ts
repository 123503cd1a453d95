// Starts a throwaway code-server: fresh user-data, extensions and config folders under the
// run's temp folder, a free loopback port, no auth; resolves once it answers /healthz.
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { RESULTS_ENV } from '../../test/integration/results';
import { onCleanup } from './cleanup';
import { CODE_SERVER_ENTRY, RESULTS_DIR, WORKSPACE } from './paths';
import { exited, spawnGroup } from './processGroup';
import { seedUserData } from './userData';

const STARTUP_TIMEOUT_MS = 60_000;

export interface CodeServer {
  /** host:port, which must also be the authority of vscode-remote:// URIs given to the workbench. */
  authority: string;
  origin: string;
}

export async function startCodeServer(runDir: string, resultsFile: string): Promise<CodeServer> {
  const userData = seedUserData(runDir);
  const config = path.join(runDir, 'config.yaml');
  fs.writeFileSync(config, 'auth: none\ncert: false\n');

  // Registered before the server so it runs after the server is stopped and its logs are complete.
  onCleanup(() => keepLogs(path.join(userData, 'logs')));

  const authority = `127.0.0.1:${await freePort()}`;
  const args = [
    CODE_SERVER_ENTRY,
    '--auth', 'none',
    '--bind-addr', authority,
    '--user-data-dir', userData,
    '--extensions-dir', path.join(runDir, 'extensions'),
    '--config', config,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    WORKSPACE,
  ];
  const server = spawnGroup(process.execPath, args, {
    env: {
      ...process.env,
      // The extension host inherits this environment: that is how the suite learns the path.
      [RESULTS_ENV]: resultsFile,
      // code-server keeps state under XDG folders too; keep it inside the run.
      XDG_CONFIG_HOME: path.join(runDir, 'xdg-config'),
      XDG_DATA_HOME: path.join(runDir, 'xdg-data'),
    },
  }, path.join(RESULTS_DIR, 'code-server.log'));

  const origin = `http://${authority}`;
  await Promise.race([
    waitForHealth(origin),
    exited(server).then((code) => Promise.reject(new Error(`code-server exited early (code ${code})`))),
  ]);
  return { authority, origin };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(origin: string): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${origin}/healthz`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`code-server did not answer ${origin}/healthz within ${STARTUP_TIMEOUT_MS / 1000} s`);
}

/** The extension host's log is where activation errors end up; keep it after the temp folder goes. */
function keepLogs(logs: string): void {
  const kept = path.join(RESULTS_DIR, 'code-server-logs');
  fs.rmSync(kept, { recursive: true, force: true });
  if (fs.existsSync(logs)) fs.cpSync(logs, kept, { recursive: true });
}
