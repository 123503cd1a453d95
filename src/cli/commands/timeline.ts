import { buildHistory } from '../../core/history/model';
import { renderTrendSvg } from '../../core/history/svg';
import { renderTimelineMermaid } from '../../core/timeline/mermaid';
import { buildTimeline } from '../../core/timeline/model';
import { renderTimelineSvg } from '../../core/timeline/svg';
import { readGitVersions } from '../gitHistory';
import { EXIT_OK, UsageError, type CliIO } from '../io';
import { terminalText } from '../format/terminalText';
import { resolveToday } from '../today';
import { readOnePlan, writeOutput } from './planOutput';

export interface TimelineArgs {
  readonly files: readonly string[];
  readonly format?: string;
  readonly today?: string;
  readonly output?: string;
  /** Draw the milestone trend chart from the plan's git history instead of the timeline. */
  readonly history?: boolean;
}

/**
 * `career-plan timeline`: the plan drawn as an SVG picture or a Mermaid gantt chart; with
 * `--history`, its milestone trend chart (SVG) from the commits of the plan in git, or, where there
 * are none, from its review entries (said on standard error).
 */
export async function timelineCommand(args: TimelineArgs, io: CliIO): Promise<number> {
  const format = args.format ?? 'svg';
  if (format !== 'svg' && format !== 'mermaid') throw new UsageError(`--format takes svg or mermaid, not "${format}".`);
  if (args.history && format !== 'svg') throw new UsageError('--history draws an SVG picture: leave out --format or give svg.');
  const today = resolveToday(args.today);
  const { file, parsed } = await readOnePlan(args.files, io.cwd, today);
  if (args.history) {
    const git = await readGitVersions(file.absolute);
    if (!git.ok) io.err(`career-plan: ${terminalText(`${file.name}: no git history (${git.reason}); drawn from its review entries and dates.`)}\n`);
    const history = buildHistory({ text: file.text, plan: parsed.plan, versions: git.ok ? git.versions : [], today });
    await writeOutput(`${renderTrendSvg(history)}\n`, args.output, io);
    return EXIT_OK;
  }
  const timeline = buildTimeline(parsed.plan, today);
  await writeOutput(format === 'svg' ? `${renderTimelineSvg(timeline)}\n` : renderTimelineMermaid(timeline), args.output, io);
  return EXIT_OK;
}
