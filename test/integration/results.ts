// The results file the suite writes and the launcher cross-checks: a run that crashes before
// writing it cannot pass for a green one.

export type TestState = 'passed' | 'failed' | 'skipped';

export interface TestResult {
  title: string;
  state: TestState;
  error?: string;
}

export interface SuiteResults {
  passed: number;
  failed: number;
  skipped: number;
  tests: TestResult[];
}

/** The launcher passes the file's path in this variable through the extension host's environment. */
export const RESULTS_ENV = 'CAREER_PLAN_TEST_RESULTS';

/**
 * Suites in this folder run in a second workbench, opened on a multi-root workspace (two folders of
 * the fixture workspace); the others in the one opened on the fixture workspace itself.
 */
export const MULTI_ROOT_DIR = 'multi-root';

/** Where the multi-root run writes its results: beside the first run's, which it must not overwrite. */
export function multiRootResultsFile(resultsFile: string): string {
  return resultsFile.replace(/(\.json)?$/, '-multi-root.json');
}

export function summarize(tests: TestResult[]): SuiteResults {
  const count = (state: TestState) => tests.filter((test) => test.state === state).length;
  return { passed: count('passed'), failed: count('failed'), skipped: count('skipped'), tests };
}
