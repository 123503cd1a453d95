import { parsePlan } from '../../core/parse/parsePlan';
import { renderTimelineMermaid } from '../../core/timeline/mermaid';
import { buildTimeline } from '../../core/timeline/model';
import { renderTimelineSvg } from '../../core/timeline/svg';
import { EXIT_OK, UsageError, type CliIO } from '../io';
import { resolveToday } from '../today';
import { readOnePlan, writeOutput } from './planOutput';

export interface TimelineArgs {
  readonly files: readonly string[];
  readonly format?: string;
  readonly today?: string;
  readonly output?: string;
}

/** `career-plan timeline`: the plan drawn as an SVG picture or a Mermaid gantt chart. */
export async function timelineCommand(args: TimelineArgs, io: CliIO): Promise<number> {
  const format = args.format ?? 'svg';
  if (format !== 'svg' && format !== 'mermaid') throw new UsageError(`--format takes svg or mermaid, not "${format}".`);
  const today = resolveToday(args.today);
  const file = await readOnePlan(args.files, io.cwd);
  const timeline = buildTimeline(parsePlan(file.text).plan, today);
  await writeOutput(format === 'svg' ? `${renderTimelineSvg(timeline)}\n` : renderTimelineMermaid(timeline), args.output, io);
  return EXIT_OK;
}
