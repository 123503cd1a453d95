import * as path from 'node:path';
import type { VFile } from 'vfile';
import { isPlan, lintText, lintTextWithSentences, type Finding, type LintResult, type LintTextOptions, type PlanConfiguration } from '../lib/index';
import type { Options } from './options';

/**
 * A file's findings, as `career-plan lint` gives them when it finds the file in a folder: none for
 * a Markdown file that is not a plan (remark reads every Markdown file) or that a configuration
 * ignores, and the `.career-plan.json` files from its folder up unless the plugin's options give a
 * configuration. A mistake in a configuration file fails the file with the CLI's message.
 */
export async function lintFile(file: VFile, options: Options, configurationOf: (file: string, cwd: string) => Promise<PlanConfiguration>): Promise<readonly Finding[]> {
  const text = String(file);
  const absolute = file.path ? path.resolve(file.cwd, file.path) : undefined;
  if (!isPlan(text, absolute)) return [];
  const lint = async (lintOptions: LintTextOptions): Promise<LintResult> => (options.sentences === false ? lintText(text, lintOptions) : lintTextWithSentences(text, lintOptions));
  if (options.config || !absolute) return (await lint({ today: options.today, config: options.config })).findings;
  // The CLI's cascade: the .career-plan.json files from the plan's folder up, and its ignores.
  const found = await configurationOf(absolute, file.cwd);
  if (found.problems.length > 0) throw new Error(found.problems.join('\n'));
  return found.ignored ? [] : (await lint({ today: options.today, config: found.config })).findings;
}
