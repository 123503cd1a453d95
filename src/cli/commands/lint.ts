import { lintText } from '../../core/lint/lint';
import { loadConfig } from '../config';
import { collectPlanFiles } from '../files';
import { findingJson } from '../format/findingJson';
import { stylish } from '../format/stylish';
import { terminalJson } from '../format/terminalText';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type CliIO } from '../io';
import { resolveToday } from '../today';

export interface LintArgs {
  readonly files: readonly string[];
  readonly format?: string;
  readonly today?: string;
  /** A folder or glob that yields no plan is fine (ESLint's --no-error-on-unmatched-pattern). */
  readonly allowNoMatch?: boolean;
  readonly config?: string;
}

/** `career-plan lint`: exit 0 when no finding is an error, 1 when one is. */
export async function lintCommand(args: LintArgs, io: CliIO): Promise<number> {
  const format = args.format ?? 'stylish';
  if (format !== 'stylish' && format !== 'json') throw new UsageError(`--format takes stylish or json, not "${format}".`);
  const today = resolveToday(args.today);
  const config = await loadConfig(args.config, io.cwd);
  const files = await collectPlanFiles(args.files, io.cwd, { allowNoMatch: args.allowNoMatch });
  const results = files.map((file) => ({ file: file.name, findings: lintText(file.text, { today, config }).findings }));
  if (format === 'json') {
    io.out(terminalJson(results.flatMap(({ file, findings }) => findings.map((finding) => findingJson(file, finding)))));
  } else {
    io.out(stylish(results, io.color));
  }
  return results.some(({ findings }) => findings.some((finding) => finding.severity === 'error')) ? EXIT_FINDINGS : EXIT_OK;
}
