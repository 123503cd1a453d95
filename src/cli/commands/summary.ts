import { isSummaryFormat, summaryOf, SUMMARY_FORMATS } from '../../core/summary';
import { terminalText } from '../format/terminalText';
import { EXIT_OK, UsageError, type CliIO } from '../io';
import { resolveToday } from '../today';
import { readOnePlan, writeOutput } from './planOutput';

export interface SummaryArgs {
  readonly files: readonly string[];
  readonly format?: string;
  readonly today?: string;
  readonly output?: string;
}

/**
 * `career-plan summary`: one screen about a plan for a 1:1. Markdown unless asked otherwise, on a
 * terminal as in a pipe, so the same command gives the same text wherever it runs.
 */
export async function summaryCommand(args: SummaryArgs, io: CliIO): Promise<number> {
  const format = args.format ?? 'markdown';
  if (!isSummaryFormat(format)) throw new UsageError(`--format takes ${SUMMARY_FORMATS.join(', ')}, not "${format}".`);
  const today = resolveToday(args.today);
  const { parsed } = await readOnePlan(args.files, io.cwd, today);
  const summary = summaryOf(parsed, today, format);
  // Plan text is on one line each already; a terminal must not act on a bidirectional control either.
  const shown = args.output === undefined ? summary.split('\n').map(terminalText).join('\n') : summary;
  await writeOutput(shown, args.output, io);
  return EXIT_OK;
}
