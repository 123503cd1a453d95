import * as path from 'node:path';
import type { VFile } from 'vfile';
import { loadConfig } from '../cli/config';
import { isPlan, lintText, type Finding } from '../lib/index';
import type { Options } from './options';

/**
 * A file's findings, as `career-plan lint` gives them when it finds the file in a folder: none for
 * a Markdown file that is not a plan (remark reads every Markdown file), and the configuration of
 * the nearest `.career-plan.json` unless the plugin's options give one. A configuration that cannot
 * be read fails the file with the CLI's message.
 */
export async function lintFile(file: VFile, options: Options): Promise<readonly Finding[]> {
  const text = String(file);
  const absolute = file.path ? path.resolve(file.cwd, file.path) : undefined;
  if (!isPlan(text, absolute)) return [];
  const config = options.config ?? (await loadConfig(undefined, absolute ? path.dirname(absolute) : file.cwd));
  return lintText(text, { today: options.today, config }).findings;
}
