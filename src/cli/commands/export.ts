import * as path from 'node:path';
import { planEvents, writeCalendar } from '../../core/ics/calendar';
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
  const fileName = path.basename(file.absolute);
  const events = planEvents(parsed.plan, fileName);
  // A calendar holds at least one event (RFC 5545 §3.6): with nothing dated, say so, as the editor's command does.
  if (events.length === 0) throw new UsageError(`${file.name} has no dated step, goal, key moment or review to put in a calendar yet.`);
  await writeOutput(writeCalendar(events, { fileName, dtstamp }), args.output, io);
  return EXIT_OK;
}
