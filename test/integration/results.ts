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

export function summarize(tests: TestResult[]): SuiteResults {
  const count = (state: TestState) => tests.filter((test) => test.state === state).length;
  return { passed: count('passed'), failed: count('failed'), skipped: count('skipped'), tests };
}
