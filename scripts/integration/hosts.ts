// The two places the suite can run. Desktop VS Code (through @vscode/test-electron) is used only
// when asked for: trying its download first would cost every offline run a failed attempt.
// Otherwise code-server, which installs from npm, driven by headless chromium.
import * as path from 'node:path';
import { downloadAndUnzipVSCode } from '@vscode/test-electron';
import { BIG_WORKSPACE_DIR, GREP_ENV, MULTI_ROOT_DIR, RESULTS_ENV } from '../../test/integration/results';
import { launchBrowser } from './browser';
import { BIG_WORKSPACES, runBigWorkspaces } from './bigWorkspace';
import { writeMultiRootWorkspace } from './multiRoot';
import { startCodeServer } from './codeServer';
import { ensureCodeServer } from './installCodeServer';
import { CODE_SERVER_VERSION, RESULTS_DIR, ROOT, SUITE_INDEX, WORKSPACE } from './paths';
import { exited, spawnGroup } from './processGroup';
import { suiteInWorkbench } from './suiteInWorkbench';
import { runUiChecks, type CheckResult } from './uiSmoke';
import { seedUserData } from './userData';

export interface HostOutcome {
  host: string;
  exitCode: number;
  /** The runs besides the first whose results files the suite wrote (results.ts' partResultsFile). */
  parts: string[];
  /** Absent where no browser can look at the workbench (desktop). */
  ui?: CheckResult[];
}

export function desktopRequested(): boolean {
  return Boolean(process.env.VSCODE_EXECUTABLE) || process.env.CAREER_PLAN_TEST_ELECTRON === '1';
}

/** The suite runs twice: in the fixture workspace, then in a multi-root one (see multiRoot.ts). */
export async function runInDesktop(runDir: string, resultsFile: string): Promise<HostOutcome> {
  const executable = process.env.VSCODE_EXECUTABLE || (await downloadAndUnzipVSCode());
  let exitCode = 0;
  for (const [opened, log] of [[WORKSPACE, 'vscode.log'], [writeMultiRootWorkspace(runDir), 'vscode-multi-root.log']]) {
    const code = await runDesktopOnce(executable, opened, runDir, resultsFile, log);
    exitCode ||= code;
  }
  return { host: `VS Code desktop (${executable})`, exitCode, parts: [MULTI_ROOT_DIR] };
}

async function runDesktopOnce(executable: string, opened: string, runDir: string, resultsFile: string, log: string): Promise<number> {
  const args = [
    opened,
    `--extensionDevelopmentPath=${ROOT}`,
    `--extensionTestsPath=${SUITE_INDEX}`,
    '--user-data-dir', seedUserData(runDir),
    '--extensions-dir', path.join(runDir, 'extensions'),
    '--disable-workspace-trust',
    '--skip-welcome',
    '--skip-release-notes',
  ];
  const env: NodeJS.ProcessEnv = { ...process.env, [RESULTS_ENV]: resultsFile };
  // Set in some shells spawned by VS Code itself; it would start Electron as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  console.log(`integration: running the suite in ${executable} on ${path.basename(opened)}`);
  const vscode = spawnGroup(executable, args, { env }, path.join(RESULTS_DIR, log));
  return exited(vscode);
}

export async function runInCodeServer(runDir: string, resultsFile: string): Promise<HostOutcome> {
  await ensureCodeServer();
  const server = await startCodeServer(runDir, resultsFile);
  console.log(`integration: code-server is up at ${server.origin}; running the suite`);
  const browser = await launchBrowser();
  const exitCode = await suiteInWorkbench(browser, server, path.join(RESULTS_DIR, 'workbench.log'));
  if (process.env[GREP_ENV]) {
    console.log(`integration: only the tests matching ${GREP_ENV}; no multi-root or big-workspace part, no UI checks`);
    return { host: `code-server ${CODE_SERVER_VERSION} in headless chromium`, exitCode, ui: [], parts: [] };
  }
  console.log('integration: suite finished; running its multi-root part');
  const multiRootExit = await suiteInWorkbench(browser, server, path.join(RESULTS_DIR, 'workbench-multi-root.log'), { workspace: writeMultiRootWorkspace(runDir) });
  console.log('integration: running its big-workspace part');
  const bigExit = await runBigWorkspaces(browser, server, runDir, resultsFile);
  console.log('integration: running the UI checks');
  const ui = await runUiChecks(browser, server, runDir);
  const parts = [MULTI_ROOT_DIR, ...BIG_WORKSPACES.map((name) => `${BIG_WORKSPACE_DIR}-${name}`)];
  return { host: `code-server ${CODE_SERVER_VERSION} in headless chromium`, exitCode: exitCode || multiRootExit || bigExit, ui, parts };
}
