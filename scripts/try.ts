// `npm run try`: the extension as a person would get it, on a machine without VS Code. Packages
// the .vsix, installs it into a fresh code-server on loopback (installing code-server itself on
// first use), opens a copy of examples/ with the example plan in an editor, and prints the URL.
// Runs until Ctrl+C, then stops the server and deletes the copy and the server's folders.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { remoteUri } from './integration/browser';
import { onCleanup } from './integration/cleanup';
import { ROOT } from './integration/paths';
import { runInForeground } from './foreground';
import { startWithVsix } from './installedServer';
import { packageExtension } from './package';

const EXAMPLES = path.join(ROOT, 'examples');
const PLAN = 'career-plan.md';

async function main(): Promise<number> {
  console.log('try: packaging the extension…');
  const { vsix } = packageExtension();
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'career-plan-try-'));
  onCleanup(() => fs.rmSync(runDir, { recursive: true, force: true }));
  // A copy, so trying things out never changes the repository's example.
  const workspace = path.join(runDir, 'examples');
  fs.cpSync(EXAMPLES, workspace, { recursive: true });

  console.log(`try: starting code-server with ${path.basename(vsix)} installed…`);
  const server = await startWithVsix(runDir, vsix);
  const payload = [['openFile', remoteUri(server, path.join(workspace, PLAN))]];
  const url = `${server.origin}/?${new URLSearchParams({ folder: workspace, payload: JSON.stringify(payload) })}`;
  console.log('');
  console.log(`  Career Plan is running in VS Code (code-server) at ${server.origin}`);
  console.log(`  Open: ${url}`);
  console.log('');
  console.log(`  The workspace is a copy of examples/ in ${workspace}; it is deleted when you stop.`);
  console.log('  Press Ctrl+C to stop.');
  return new Promise<number>(() => {
    // Runs until Ctrl+C; runInForeground then cleans up.
  });
}

runInForeground('try', main, { interruptedCode: 0 });
