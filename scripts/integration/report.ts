// Turns what the host said (exit code), what the suite wrote (results file) and the UI checks
// into one verdict. The two suite sources must agree: a host that died early, or a suite that
// never wrote its file, fails the run even if nothing reported a failing test.
import * as fs from 'node:fs';
import { partResultsFile, type SuiteResults } from '../../test/integration/results';
import type { HostOutcome } from './hosts';

const MARK = { passed: '✓', failed: '✗', skipped: '-' } as const;

function readResults(file: string): SuiteResults | undefined {
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as SuiteResults) : undefined;
}

export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

/** The results of every run of the suite (multiRoot.ts, bigWorkspace.ts) as one; each missing file is a problem. */
function readAllResults(resultsFile: string, outcome: HostOutcome, problems: string[]): SuiteResults | undefined {
  const runs: SuiteResults[] = [];
  const first = outcome.first ? [['the suite', resultsFile]] : [];
  for (const [what, file] of [...first, ...outcome.parts.map((part) => [`its ${part} part`, partResultsFile(resultsFile, part)])]) {
    const results = readResults(file);
    if (results) runs.push(results);
    else problems.push(`${what} wrote no results file (it crashed, or never started)`);
  }
  if (runs.length === 0) return undefined;
  const sum = (key: 'passed' | 'failed' | 'skipped') => runs.reduce((total, run) => total + run[key], 0);
  return { passed: sum('passed'), failed: sum('failed'), skipped: sum('skipped'), tests: runs.flatMap((run) => run.tests) };
}

/** Prints the report and returns the run's counts; it passed when nothing failed. */
export function report(outcome: HostOutcome, resultsFile: string): Counts {
  const problems: string[] = [];
  const results = readAllResults(resultsFile, outcome, problems);
  console.log(`integration: suite ran in ${outcome.host}, exit code ${outcome.exitCode}`);
  if (results) {
    console.log(`suite: ${results.tests.length} tests, ${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped`);
    for (const test of results.tests) console.log(`  ${MARK[test.state]} ${test.title}${test.error ? `: ${test.error}` : ''}`);
    if (results.passed + results.failed === 0) problems.push('no test ran');
    if (outcome.exitCode !== 0 && results.failed === 0) problems.push(`the host exited with code ${outcome.exitCode} although no test failed`);
  }
  const ui = outcome.ui ?? [];
  if (!outcome.ui) console.log('ui: no checks (no browser on this host)');
  for (const check of ui) console.log(`ui: ${check.error ? MARK.failed : MARK.passed} ${check.name}${check.error ? `: ${check.error}` : ''}`);
  for (const problem of problems) console.log(`integration: ${MARK.failed} ${problem}`);

  const uiFailed = ui.filter((check) => check.error).length;
  const passed = (results?.passed ?? 0) + ui.length - uiFailed;
  const failed = (results?.failed ?? 0) + uiFailed + problems.length;
  console.log(`integration: ${passed} passed, ${failed} failed`);
  return { passed, failed, skipped: results?.skipped ?? 0 };
}
