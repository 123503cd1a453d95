import { describeDaysLeft } from '../../core/calendar/dates';
import { outlook, type Target } from '../../core/schedule/next';
import { parsePlan } from '../../core/parse/parsePlan';
import * as path from 'node:path';
import { collectPlanFiles } from '../files';
import { requirePlan } from './planOutput';
import { terminalJson, terminalText } from '../format/terminalText';
import { EXIT_OK, UsageError, type CliIO } from '../io';
import { resolveToday } from '../today';

export interface NextArgs {
  readonly files: readonly string[];
  readonly format?: string;
  readonly today?: string;
  /** A folder or glob that yields no plan is fine (ESLint's --no-error-on-unmatched-pattern). */
  readonly allowNoMatch?: boolean;
}

/** The JSON shape of one target: part of the CLI's contract (extend, never rename or drop). */
function targetJson(target: Target) {
  return {
    kind: target.kind,
    title: target.title,
    date: target.date,
    daysLeft: target.daysLeft,
    subject: target.subject,
    line: target.range.start.line + 1,
    column: target.range.start.character + 1,
  };
}

/** `career-plan next`: the next unreached target of each plan, and what is overdue. */
export async function nextCommand(args: NextArgs, io: CliIO): Promise<number> {
  const format = args.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format takes text or json, not "${format}".`);
  const today = resolveToday(args.today);
  const files = await collectPlanFiles(args.files, io.cwd, { allowNoMatch: args.allowNoMatch });
  const results = files.map((file) => {
    const parsed = parsePlan(file.text, { today });
    // Files named outright must be plans; those a folder or glob found already are.
    if (args.files.some((arg) => file.absolute === path.resolve(io.cwd, arg))) requirePlan(file, parsed);
    return { file: file.name, ...outlook(parsed.plan, today) };
  });
  if (format === 'json') {
    const json = results.map((r) => ({ file: r.file, today, next: r.next ? targetJson(r.next) : null, overdue: r.overdue.map(targetJson) }));
    io.out(terminalJson(json));
    return EXIT_OK;
  }
  const lines: string[] = [];
  for (const r of results) {
    lines.push(terminalText(r.file));
    lines.push(r.next ? `  next: ${terminalText(r.next.title)} (${r.next.kind}) on ${r.next.date}, ${describeDaysLeft(r.next.daysLeft)}` : '  next: no dated target ahead');
    for (const target of r.overdue) lines.push(`  overdue: ${terminalText(target.title)} (${target.kind}) was due ${target.date}, ${describeDaysLeft(target.daysLeft)}`);
  }
  io.out(`${lines.join('\n')}\n`);
  return EXIT_OK;
}
