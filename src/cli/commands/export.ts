import * as path from 'node:path';
import { planToIcs } from '../../core/ics/calendar';
import { icsDate, icsTimestamp } from '../../core/ics/text';
import { EXIT_OK, UsageError, type CliIO } from '../io';
import { resolveToday } from '../today';
import { readOnePlan, writeOutput } from './planOutput';

export interface ExportArgs {
  readonly files: readonly string[];
  readonly format?: string;
  readonly today?: string;
  readonly output?: string;
}

/**
 * `career-plan export --format ics`: the plan's dates as an iCalendar file. With `--today` the
 * events' DTSTAMP is that day at midnight UTC, so the same plan and day give the same bytes.
 */
export async function exportCommand(args: ExportArgs, io: CliIO): Promise<number> {
  const format = args.format ?? 'ics';
  if (format !== 'ics') throw new UsageError(`--format takes ics, not "${format}".`);
  const today = resolveToday(args.today);
  const dtstamp = args.today === undefined ? icsTimestamp(new Date()) : `${icsDate(today)}T000000Z`;
  const { file, parsed } = await readOnePlan(args.files, io.cwd, today);
  const ics = planToIcs(parsed.plan, { fileName: path.basename(file.absolute), dtstamp });
  await writeOutput(ics, args.output, io);
  return EXIT_OK;
}
