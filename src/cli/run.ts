import { parseArgs } from 'node:util';
// Only the version is bundled: esbuild keeps the one field of package.json that is imported.
import { version } from '../../package.json';
import { lintCommand } from './commands/lint';
import { nextCommand } from './commands/next';
import { timelineCommand } from './commands/timeline';
import { exportCommand } from './commands/export';
import { convertCommand } from './commands/convert';
import { summaryCommand } from './commands/summary';
import { ConfigProblemsError } from './config';
import { terminalText } from './format/terminalText';
import { EXIT_OK, EXIT_USAGE, UsageError, type CliIO } from './io';

const USAGE = `Usage: career-plan <command> [options] FILE|FOLDER|GLOB...

Commands:
  lint   Check plans against the format and the SMART rules
         --format stylish|json|sarif|github   --today YYYY-MM-DD   --config FILE
         --max-warnings N   more warnings than N fail the run as an error does
         --quiet            report errors only
         --fix              write the fixes that need no placeholder into the plans
         --fix-dry-run      print those fixes as a diff, write nothing
         --no-error-on-unmatched-pattern   a folder or glob with no plan is fine
         --no-sentences     judge goals by their words alone, without the sentence encoder
  next   Show each plan's next target and anything overdue
         --format text|json      --today YYYY-MM-DD
  timeline  Draw one plan's timeline as an SVG picture or a Mermaid gantt chart
         --format svg|mermaid    --today YYYY-MM-DD   --output FILE
         --history   draw its milestone trend chart instead (SVG): each step's target
                     per commit of the plan (runs git), else per review entry
  export    Write one plan's dates as an iCalendar file (all-day events, stable UIDs)
         --format ics            --today YYYY-MM-DD   --output FILE
  convert   Give a plan written without frontmatter the frontmatter read from it, keeping
            every line of the plan below it; prints the change as a diff
         --write            write it into the file
         --output FILE      write the converted plan to another file
         --today YYYY-MM-DD   the day dates such as "in two years" count from
  summary   One screen about one plan to share at a 1:1: goal, next step, focus gap, what changed
            since the last review, questions to ask (Markdown unless --format says otherwise)
         --format markdown|html|text   --today YYYY-MM-DD   --output FILE

Options for every command: --help, --version (prints the version).

Each plan is judged by the .career-plan.json files from its folder up (see docs/configuration.md).

Exit codes: 0 fine, 1 an error-severity finding (or more warnings than --max-warnings), 2 a usage,
configuration or file problem (a folder or glob with no plan in it is one, unless
--no-error-on-unmatched-pattern; a named file that is not a plan).
`;

/** The options each command reads, besides --help and --version: another command's option is a usage mistake, not silently ignored. */
const COMMAND_OPTIONS = {
  lint: ['format', 'today', 'config', 'no-error-on-unmatched-pattern', 'no-sentences', 'max-warnings', 'quiet', 'fix', 'fix-dry-run'],
  next: ['format', 'today', 'no-error-on-unmatched-pattern'],
  timeline: ['format', 'today', 'output', 'history'],
  export: ['format', 'today', 'output'],
  convert: ['today', 'write', 'output'],
  summary: ['format', 'today', 'output'],
} as const;
type Command = keyof typeof COMMAND_OPTIONS;

function checkOptionsOf(command: Command, values: Record<string, unknown>): void {
  const known: readonly string[] = [...COMMAND_OPTIONS[command], 'help', 'version'];
  const stray = Object.keys(values).filter((option) => values[option] !== undefined && !known.includes(option));
  if (stray.length > 0) throw new UsageError(`${stray.map((option) => `--${option}`).join(', ')} ${stray.length === 1 ? 'is not an option' : 'are not options'} of ${command}, which takes ${COMMAND_OPTIONS[command].map((option) => `--${option}`).join(', ')}.`);
}

/** Runs one command line and returns the exit code. Never throws: errors become a message and 2. */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        today: { type: 'string' },
        config: { type: 'string', short: 'c' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        output: { type: 'string', short: 'o' },
        'no-error-on-unmatched-pattern': { type: 'boolean' },
        'no-sentences': { type: 'boolean' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        fix: { type: 'boolean' },
        history: { type: 'boolean' },
        'fix-dry-run': { type: 'boolean' },
        write: { type: 'boolean', short: 'w' },
      },
    });
    const [command, ...files] = positionals;
    if (command !== undefined && Object.hasOwn(COMMAND_OPTIONS, command)) checkOptionsOf(command as Command, values);
    if (values.version) {
      io.out(`${version}\n`);
      return EXIT_OK;
    }
    if (values.help || command === 'help') {
      io.out(USAGE);
      return EXIT_OK;
    }
    switch (command) {
      case 'lint':
        return await lintCommand(
          {
            files,
            format: values.format,
            today: values.today,
            config: values.config,
            allowNoMatch: values['no-error-on-unmatched-pattern'],
            maxWarnings: values['max-warnings'],
            quiet: values.quiet,
            fix: values.fix,
            fixDryRun: values['fix-dry-run'],
            noSentences: values['no-sentences'],
          },
          io,
        );
      case 'next':
        return await nextCommand({ files, format: values.format, today: values.today, allowNoMatch: values['no-error-on-unmatched-pattern'] }, io);
      case 'timeline':
        return await timelineCommand({ files, format: values.format, today: values.today, output: values.output, history: values.history }, io);
      case 'export':
        return await exportCommand({ files, format: values.format, today: values.today, output: values.output }, io);
      case 'convert':
        return await convertCommand({ files, today: values.today, write: values.write, output: values.output }, io);
      case 'summary':
        return await summaryCommand({ files, format: values.format, today: values.today, output: values.output }, io);
      case undefined:
        throw new UsageError('Name a command.');
      default:
        throw new UsageError(`Unknown command "${command}".`);
    }
  } catch (error) {
    if (error instanceof ConfigProblemsError) {
      // One line per mistake, `file:line:column: message`, as compilers write them.
      for (const line of error.lines) io.err(`career-plan: ${terminalText(line)}\n`);
      return EXIT_USAGE;
    }
    const known = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    // Messages quote file names, arguments and (JSON.parse's) config text: shown, never acted on.
    // Node's own argument messages run over several lines: one line here, as every other message.
    io.err(known ? `career-plan: ${terminalText((error as Error).message.replace(/\s*\n\s*/g, ' '))}\n${error instanceof UsageError && /command/.test(error.message) ? `\n${USAGE}` : ''}` : `career-plan: unexpected failure: ${terminalText(String((error as Error)?.message ?? error))}\n`);
    return EXIT_USAGE;
  }
}
