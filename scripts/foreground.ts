// The way out of `npm run try` and `npm run test:package`: whatever ends the command (its own end,
// an error, Ctrl+C, a time limit), the harness's cleanup runs once, so no code-server, browser or
// temporary folder is left behind.
import { cleanup } from './integration/cleanup';

export interface ForegroundOptions {
  /** Stop everything and exit 124 after this long. */
  timeoutSeconds?: number;
  /** Exit code after Ctrl+C: 130 for a test that was cut short, 0 where Ctrl+C is how it ends. */
  interruptedCode?: number;
}

export function runInForeground(name: string, main: () => Promise<number>, { timeoutSeconds, interruptedCode = 130 }: ForegroundOptions = {}): void {
  let finishing = false;
  const finish = async (code: number, reason?: string): Promise<void> => {
    if (finishing) return;
    finishing = true;
    if (reason) console.error(`${name}: ${reason}`);
    await cleanup();
    process.exit(code);
  };
  if (timeoutSeconds) setTimeout(() => void finish(124, `timed out after ${timeoutSeconds} s`), timeoutSeconds * 1000).unref();
  // `on`, not `once`: Ctrl+C reaches this process twice (from the terminal, and relayed by tsx), and
  // a second signal without a listener would end it in the middle of cleaning up.
  process.on('SIGINT', () => void finish(interruptedCode));
  process.on('SIGTERM', () => void finish(143));
  // A closed terminal: the server would otherwise outlive it.
  process.on('SIGHUP', () => void finish(129));
  process.on('uncaughtException', (error) => void finish(1, `crashed: ${error.stack ?? error.message}`));
  process.on('unhandledRejection', (reason) => void finish(1, `crashed: ${String(reason)}`));
  main().then(
    (code) => finish(code),
    (error: unknown) => finish(1, error instanceof Error ? error.message : String(error)),
  );
}
