/** What a command may touch of the outside world, so tests can run commands without a process. */
export interface CliIO {
  readonly cwd: string;
  out(text: string): void;
  err(text: string): void;
  /** Whether standard output is a terminal that shows colours. */
  readonly color: boolean;
}

/** Exit codes: the CLI contract for CI and pre-commit hooks. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** A mistake in how the CLI was called or a file it could not read: reported in one line, exit 2. */
export class UsageError extends Error {}
