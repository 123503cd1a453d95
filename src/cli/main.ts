import { run } from './run';
import { EXIT_USAGE } from './io';

/**
 * Standard output can fail under the CLI: a reader that stops early (`| head`) closes the pipe
 * (EPIPE), a full disk refuses the bytes (ENOSPC). Either is said in one line, never as a stack
 * trace; a pipe its reader closed is no failure of the run, whose exit code stands.
 */
let outputFailed = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE' || outputFailed) return;
  outputFailed = true;
  process.exitCode = EXIT_USAGE;
  process.stderr.write(`career-plan: cannot write the output: ${error.message}\n`);
});

run(process.argv.slice(2), {
  cwd: process.cwd(),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  color: process.stdout.isTTY === true && !process.env.NO_COLOR,
}).then((code) => {
  process.exitCode = outputFailed ? EXIT_USAGE : code;
});
