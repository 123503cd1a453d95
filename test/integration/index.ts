// Entry point the extension host loads (extensionTestsPath): runs the bundled *.itest.js next to
// this file with mocha (those of multi-root/ when the workbench has a multi-root workspace open,
// those of big-workspace/ in a generated workspace of that folder, the others otherwise), writes the
// results file, and rejects when anything failed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { BIG_WORKSPACE_DIR, GREP_ENV, MULTI_ROOT_DIR, partResultsFile, RESULTS_ENV, summarize, type TestResult } from './results';

const TEST_TIMEOUT_MS = 20_000;

const multiRoot = vscode.workspace.workspaceFile !== undefined;
const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
/** A generated workspace of the big-workspace check: its name (bigWorkspace.ts makes them in a folder of their own). */
const bigWorkspace = !multiRoot && folder && path.basename(path.dirname(folder)) === BIG_WORKSPACE_DIR ? path.basename(folder) : undefined;
/** The suites' folder for this workbench, and the name of its results beside the first run's. */
const part = multiRoot ? MULTI_ROOT_DIR : bigWorkspace ? BIG_WORKSPACE_DIR : undefined;

function suiteFiles(): string[] {
  const folderOf = (file: string) => [MULTI_ROOT_DIR, BIG_WORKSPACE_DIR].find((dir) => file.startsWith(`${dir}${path.sep}`));
  return fs
    .readdirSync(__dirname, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.itest.js') && folderOf(file) === part)
    .sort()
    .map((file) => path.join(__dirname, file));
}

export async function run(): Promise<void> {
  if (multiRoot) await workspaceFoldersOpened();
  const grep = process.env[GREP_ENV];
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: TEST_TIMEOUT_MS, ...(grep && { grep }) });
  for (const file of suiteFiles()) mocha.addFile(file);
  const tests: TestResult[] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      writeResults(tests);
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
    runner.on('pass', (test) => tests.push({ title: test.fullTitle(), state: 'passed' }));
    runner.on('pending', (test) => tests.push({ title: test.fullTitle(), state: 'skipped' }));
    // Also fired for failing hooks, which then count as failures of their own.
    runner.on('fail', (test, error: Error) => tests.push({ title: test.fullTitle(), state: 'failed', error: error.message }));
  });
}

const FOLDERS_WAIT_MS = 5_000;

/**
 * code-server's web workbench reads a .code-workspace file through the remote connection once it
 * is up, and when that first read fails it shows no folders until the file changes (seen in CI:
 * every multi-root test without a folder). The file is then written back unchanged: the workbench
 * watches it and reads its folders again when it changes. The suite checks they are the right ones.
 */
async function workspaceFoldersOpened(): Promise<void> {
  const opened = (ms: number) =>
    new Promise<boolean>((resolve) => {
      if ((vscode.workspace.workspaceFolders?.length ?? 0) > 0) return resolve(true);
      const listener = vscode.workspace.onDidChangeWorkspaceFolders(() => (listener.dispose(), resolve(true)));
      setTimeout(() => (listener.dispose(), resolve(false)), ms);
    });
  if (await opened(FOLDERS_WAIT_MS)) return;
  const file = vscode.workspace.workspaceFile!;
  console.log(`integration: no folders from ${file.toString()} after ${FOLDERS_WAIT_MS} ms; writing it back to have it read again`);
  await vscode.workspace.fs.writeFile(file, await vscode.workspace.fs.readFile(file));
  await opened(2 * FOLDERS_WAIT_MS);
}

function writeResults(tests: TestResult[]): void {
  const file = process.env[RESULTS_ENV];
  if (!file) return;
  const name = bigWorkspace ? `${BIG_WORKSPACE_DIR}-${bigWorkspace}` : part;
  fs.writeFileSync(name ? partResultsFile(file, name) : file, JSON.stringify(summarize(tests), null, 2));
}
