// A code-server with the packaged extension installed the way a person installs it
// (`--install-extension career-plan-<version>.vsix`), for `npm run try` and `npm run test:package`.
// Installing, starting and stopping code-server are the integration harness's own modules.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { startCodeServer, type CodeServer } from './integration/codeServer';
import { ensureCodeServer } from './integration/installCodeServer';
import { CODE_SERVER_ENTRY } from './integration/paths';
import { exited, spawnGroup } from './integration/processGroup';

/** The folder the extension was installed into: publisher.name-version, as VS Code names it. */
export function installedFolder(runDir: string, manifest: { publisher: string; name: string; version: string }): string {
  return path.join(runDir, 'extensions', `${manifest.publisher}.${manifest.name}-${manifest.version}`);
}

/**
 * Installs `vsix` into the run's extensions folder, then starts code-server on it with fresh user
 * data (both folders are the ones startCodeServer uses: `<runDir>/extensions`, `<runDir>/user-data`).
 */
export async function startWithVsix(runDir: string, vsix: string): Promise<CodeServer> {
  await ensureCodeServer();
  const log = path.join(runDir, 'install-extension.log');
  const install = spawnGroup(process.execPath, [
    CODE_SERVER_ENTRY,
    '--extensions-dir', path.join(runDir, 'extensions'),
    '--user-data-dir', path.join(runDir, 'user-data'),
    '--install-extension', vsix,
  ], {}, log);
  const code = await exited(install);
  const output = fs.readFileSync(log, 'utf8');
  if (code !== 0 || !/successfully installed/i.test(output)) {
    throw new Error(`code-server --install-extension ${path.basename(vsix)} failed (exit ${code}):\n${output}`);
  }
  return startCodeServer(runDir, path.join(runDir, 'results.json'));
}
