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
 * `CAREER_PLAN_TEST_GREP=<pattern> npm run test:integration` runs only the suite's tests whose full
 * title matches, in the fixture workspace, without the other parts and the UI checks: for whoever
 * works on one feature. The extension host inherits it from the launcher.
 */
export const GREP_ENV = 'CAREER_PLAN_TEST_GREP';

/**
 * Suites in this folder run in a second workbench, opened on a multi-root workspace (two folders of
 * the fixture workspace); the others in the one opened on the fixture workspace itself.
 */
export const MULTI_ROOT_DIR = 'multi-root';

/**
 * Suites in this folder run in workbenches opened on generated workspaces (a folder of this name,
 * then the workspace's own: issue 23's big-workspace check, scripts/integration/bigWorkspace.ts).
 */
export const BIG_WORKSPACE_DIR = 'big-workspace';

/** Where a run other than the first writes its results: beside the first run's, which it must not overwrite. */
export function partResultsFile(resultsFile: string, part: string): string {
  return resultsFile.replace(/(\.json)?$/, `-${part}.json`);
}

/** What the big-workspace suite measured in one generated workspace, read by the next and by the launcher. */
export interface BigWorkspaceFigures {
  /** Milliseconds from the extension host's start until the milestones view listed every plan. */
  listedMs?: number;
  /** The extension host's CPU milliseconds from its start until it was quiet, the plans listed. */
  hostCpuMs?: number;
  /** Milliseconds from a keystroke that breaks a date to its diagnostic (the median of a few). */
  keystrokeMs?: number;
  /** Whether the scan was looking for plans through every keystroke measured. */
  typedDuringScan?: boolean;
  /** The milestones view's header while the scan ran, as last seen. */
  header?: string;
}

export function bigWorkspaceFiguresFile(resultsFile: string, workspace: string): string {
  return partResultsFile(resultsFile, `${BIG_WORKSPACE_DIR}-${workspace}-figures`);
}

export function summarize(tests: TestResult[]): SuiteResults {
  const count = (state: TestState) => tests.filter((test) => test.state === state).length;
  return { passed: count('passed'), failed: count('failed'), skipped: count('skipped'), tests };
}
