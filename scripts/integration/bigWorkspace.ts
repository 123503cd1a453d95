// Issue 23's big-workspace check in the real editor: the generated documentation workspace of the
// benchmark (scripts/bench/docsPages.ts) at a quarter of its size — 5,000 pages, 1,250 copies under
// an excluded build/, 125 cached pages in .gitignore, 125 package READMEs, three plans — and its three
// plans alone. The suite of test/integration/big-workspace/ runs in a workbench on each folder:
// plans-only, docs, then docs-typing (a copy of docs, typed into while the scan runs); see there.
// CAREER_PLAN_BIG_WORKSPACE=full generates issue 23's full size instead (25,000 pages and copies),
// for a measurement beside its Done-when; the run then takes a few minutes more.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { BIG_WORKSPACE_DIR, bigWorkspaceFiguresFile, PROFILE_ENV, type BigWorkspaceFigures } from '../../test/integration/results';
import { FULL_DOCS, writeDocsWorkspace, writePlansOnly, type DocsSpec } from '../bench/docsPages';
import type { CodeServer } from './codeServer';
import { RESULTS_DIR } from './paths';
import { suiteInWorkbench } from './suiteInWorkbench';

/** A quarter of the benchmark's workspace: the three runs take well under a minute on two cores. */
const QUARTER: DocsSpec = { pages: 5_000, buildCopies: 1_250, cachedPages: 125, packageReadmes: 125 };
/** `full` for issue 23's size; anything else (or nothing) for the quarter. */
export const SIZE_ENV = 'CAREER_PLAN_BIG_WORKSPACE';
/** In the order they run: each run reads the figures of plans-only. */
export const BIG_WORKSPACES = ['plans-only', 'docs', 'docs-typing'];

/** Runs the suite in a workbench on each generated workspace; the exit code of the first that failed, else 0. */
export async function runBigWorkspaces(browser: Browser, server: CodeServer, runDir: string, resultsFile: string): Promise<number> {
  const spec = process.env[SIZE_ENV] === 'full' ? FULL_DOCS : QUARTER;
  const started = Date.now();
  const folder = path.join(runDir, BIG_WORKSPACE_DIR);
  writePlansOnly(path.join(folder, 'plans-only'));
  const docs = writeDocsWorkspace(path.join(folder, 'docs'), spec);
  fs.cpSync(docs.root, path.join(folder, 'docs-typing'), { recursive: true });
  console.log(`integration: generated the big workspace (${docs.markdownFiles.toLocaleString('en')} Markdown files) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  let exitCode = 0;
  for (const name of BIG_WORKSPACES) {
    const code = await suiteInWorkbench(browser, server, path.join(RESULTS_DIR, `workbench-${BIG_WORKSPACE_DIR}-${name}.log`), { folder: path.join(folder, name) });
    exitCode ||= code;
  }
  summarize(resultsFile, docs.markdownFiles);
  return exitCode;
}

/** One line of what was measured, for docs/performance.md. */
function summarize(resultsFile: string, files: number): void {
  const read = (name: string): BigWorkspaceFigures => {
    const file = bigWorkspaceFiguresFile(resultsFile, name);
    return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as BigWorkspaceFigures) : {};
  };
  const [alone, docs, typing] = BIG_WORKSPACES.map(read);
  const s = (ms?: number) => (ms === undefined ? '?' : `${(ms / 1000).toFixed(1)} s`);
  const ms = (value?: number) => (value === undefined ? '?' : `${value.toFixed(0)} ms`);
  console.log(
    `integration: big workspace (${files.toLocaleString('en')} Markdown files): plans listed after ${s(docs.listedMs)} (alone: ${s(alone.listedMs)}), ` +
      `extension host CPU ${s(docs.hostCpuMs)} (alone: ${s(alone.hostCpuMs)}), a keystroke's diagnostic ${ms(typing.keystrokeMs)} while the scan ran (alone: ${ms(alone.keystrokeMs)}); ` +
      `header seen: ${docs.header || 'none'}${process.env[PROFILE_ENV] ? `; profiled, so the CPU figures include the profiler's (${PROFILE_ENV})` : ''}`,
  );
}
