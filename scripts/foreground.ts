// The way out of `npm run try` and `npm run test:package`: whatever ends the command (its own end,
// an error, Ctrl+C, a time limit), the harness's cleanup runs once, so no code-server, browser or
// temporary folder is left behind.
import { cleanup } from './integration/cleanup';

export function runInForeground(name: string, main: () => Promise<number>, timeoutSeconds?: number): void {
  let finishing = false;
  const finish = async (code: number, reason?: string): Promise<void> => {
    if (finishing) return;
    finishing = true;
    if (reason) console.error(`${name}: ${reason}`);
    await cleanup();
    process.exit(code);
  };
  if (timeoutSeconds) setTimeout(() => void finish(124, `timed out after ${timeoutSeconds} s`), timeoutSeconds * 1000).unref();
  process.once('SIGINT', () => void finish(130));
  process.once('SIGTERM', () => void finish(143));
  process.on('uncaughtException', (error) => void finish(1, `crashed: ${error.stack ?? error.message}`));
  process.on('unhandledRejection', (reason) => void finish(1, `crashed: ${String(reason)}`));
  main().then(
    (code) => finish(code),
    (error: unknown) => finish(1, error instanceof Error ? error.message : String(error)),
  );
}
