import type { Finding } from '../../core/document/findings';
import { lintText } from '../../core/lint/lint';
import type { LearnedReader } from '../../core/smart/learnedReader';
import { loadLearnedReader } from '../../core/smart/loadLearnedReader';
import { ConfigLoader, ConfigProblemsError, configProblemLines } from '../config';
import { packageRoot } from '../docs';
import { collectPlanFiles } from '../files';
import { fixPlan } from '../fix';
import { findingJson } from '../format/findingJson';
import { githubAnnotations } from '../format/github';
import { sarifLog } from '../format/sarif';
import { stylish } from '../format/stylish';
import { terminalJson, terminalText } from '../format/terminalText';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, type CliIO } from '../io';
import { sentenceReader } from '../sentenceReader';
import { resolveToday } from '../today';

const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
type Format = (typeof FORMATS)[number];

export interface LintArgs {
  readonly files: readonly string[];
  readonly format?: string;
  readonly today?: string;
  /** A folder or glob that yields no plan is fine (ESLint's --no-error-on-unmatched-pattern). */
  readonly allowNoMatch?: boolean;
  readonly config?: string;
  /** More warnings than this is a failure, as ESLint's --max-warnings. */
  readonly maxWarnings?: string;
  /** Report errors only. */
  readonly quiet?: boolean;
  readonly fix?: boolean;
  readonly fixDryRun?: boolean;
  /** Goals judged by their words alone: the sentence encoder is not loaded (a third of a second, about 160 MB). */
  readonly noSentences?: boolean;
}

interface PlanResult {
  readonly name: string;
  readonly absolute: string;
  readonly findings: readonly Finding[];
}

/**
 * `career-plan lint`: exit 0 when no finding is an error (and the warnings are within
 * `--max-warnings`), 1 otherwise, 2 for a usage or configuration mistake. Each plan is judged by
 * the configuration found from its own folder upward; a mistake in any of those files stops the run
 * before anything is linted or fixed.
 */
export async function lintCommand(args: LintArgs, io: CliIO): Promise<number> {
  const format = checkFormat(args);
  const maxWarnings = checkMaxWarnings(args.maxWarnings);
  const today = resolveToday(args.today);
  const configs = await ConfigLoader.create(args.config, io.cwd);
  const files = await collectPlanFiles(args.files, io.cwd, {
    allowNoMatch: args.allowNoMatch,
    ignored: async (absolute) => (await configs.forPlan(absolute)).ignored,
    onIgnored: (name) => io.err(`career-plan: ${terminalText(name)} is ignored (.career-planignore or "ignores" in .career-plan.json), not linted.\n`),
  });
  const planConfigs = await Promise.all(files.map((file) => configs.forPlan(file.absolute)));
  const problems = configProblemLines(planConfigs, io.cwd);
  if (problems.length > 0) throw new ConfigProblemsError(problems);

  const results: PlanResult[] = [];
  const diffs: string[] = [];
  /** Plans --fix could not fix: said on standard error once the others are done, and the run exits 2. */
  const unfixed: string[] = [];
  // With no plan to judge, the reader and its encoder (a third of a second) are not loaded.
  const judgeAll = (firstReader: LearnedReader) => files.forEach((file, i) => lintText(file.text, { today, config: planConfigs[i].config, reader: firstReader }));
  const reader = files.length === 0 ? undefined : args.noSentences ? loadLearnedReader() : await sentenceReader(judgeAll);
  for (const [i, file] of files.entries()) {
    const request = { today, config: planConfigs[i].config, reader };
    if (args.fix || args.fixDryRun) {
      const { findings, diff, problem } = await fixPlan(file, request, args.fix === true);
      results.push({ name: file.name, absolute: file.absolute, findings });
      diffs.push(diff);
      if (problem) unfixed.push(problem);
    } else {
      results.push({ name: file.name, absolute: file.absolute, findings: lintText(file.text, request).findings });
    }
  }

  const all = results.flatMap((result) => result.findings);
  const shown = args.quiet ? results.map((result) => ({ ...result, findings: result.findings.filter((finding) => finding.severity === 'error') })) : results;
  const warnings = all.filter((finding) => finding.severity === 'warning').length;
  const hidden = args.quiet ? { warning: warnings, info: all.filter((finding) => finding.severity === 'info').length } : undefined;
  io.out(args.fixDryRun ? diffs.join('') : report(format, shown, io, hidden));

  const tooManyWarnings = maxWarnings !== undefined && warnings > maxWarnings;
  if (tooManyWarnings) io.err(`career-plan: ${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${maxWarnings} allows.\n`);
  for (const problem of unfixed) io.err(`career-plan: ${terminalText(problem)}\n`);
  if (unfixed.length > 0) return EXIT_USAGE;
  return all.some((finding) => finding.severity === 'error') || tooManyWarnings ? EXIT_FINDINGS : EXIT_OK;
}

function checkFormat(args: LintArgs): Format {
  if (args.fix && args.fixDryRun) throw new UsageError('--fix writes the fixes and --fix-dry-run only shows them: pass one of the two.');
  // A dry run prints a diff; no other format has a place for it.
  if (args.fixDryRun && args.format !== undefined && args.format !== 'stylish') throw new UsageError(`--fix-dry-run prints a diff, not ${args.format}: leave --format out.`);
  const format = args.format ?? 'stylish';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format takes stylish, json, sarif or github, not "${format}".`);
  return format as Format;
}

function checkMaxWarnings(option: string | undefined): number | undefined {
  if (option === undefined) return undefined;
  if (!/^\d+$/.test(option)) throw new UsageError(`--max-warnings takes a whole number of 0 or more, not "${option}".`);
  return Number(option);
}

/** `hidden`: how many findings `--quiet` left out, which only the stylish total mentions (the other formats are read by tools). */
function report(format: Format, results: readonly PlanResult[], io: CliIO, hidden?: { warning: number; info: number }): string {
  switch (format) {
    case 'json':
      return terminalJson(results.flatMap(({ name, absolute, findings }) => findings.map((finding) => findingJson(name, absolute, finding))));
    case 'sarif':
      return terminalJson(sarifLog(results, io.cwd, packageRoot()));
    case 'github':
      return githubAnnotations(results, io.cwd);
    case 'stylish':
      return stylish(results.map(({ absolute, findings }) => ({ file: absolute, findings })), io.color, hidden);
  }
}
