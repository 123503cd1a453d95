import { readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import picomatch from 'picomatch';
import { DEFAULT_PLAN_GLOBS, looksLikePlan } from '../core/detect';
import { UsageError } from './io';

export interface PlanFile {
  /** The path as shown to the user: relative to the working directory. */
  readonly name: string;
  readonly absolute: string;
  readonly text: string;
}

/** The names the editor takes for plans whatever they hold (careerPlan.planFiles' default). */
const isPlanName = picomatch([...DEFAULT_PLAN_GLOBS]);

/**
 * Turns the command line's files, folders and globs into plan files. A file named outright is
 * always read; files found through a folder or a glob are kept when they are named like a plan or
 * look like one, so `career-plan lint "**\/*.md"` can run over a whole repository and a plan with
 * no steps yet is still checked.
 */
export async function collectPlanFiles(args: readonly string[], cwd: string): Promise<PlanFile[]> {
  if (args.length === 0) throw new UsageError('Name at least one plan file, folder or glob.');
  const named = new Set<string>();
  const found = new Set<string>();
  for (const arg of args) {
    if (isDynamicPattern(arg)) {
      for (const match of await glob(arg, { cwd, absolute: true, ignore: ['**/node_modules/**'] })) found.add(match);
      continue;
    }
    const absolute = path.resolve(cwd, arg);
    const info = await stat(absolute).catch(() => undefined);
    if (!info) throw new UsageError(`${arg}: no such file or folder.`);
    if (info.isDirectory()) {
      for (const match of await glob('**/*.md', { cwd: absolute, absolute: true, ignore: ['**/node_modules/**'] })) found.add(match);
    } else {
      named.add(absolute);
    }
  }
  const files: PlanFile[] = [];
  for (const absolute of [...named, ...[...found].filter((file) => !named.has(file)).sort()]) {
    let text: string;
    try {
      text = await readFile(absolute, 'utf8');
    } catch (error) {
      throw new UsageError(`${path.relative(cwd, absolute)}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
    }
    if (named.has(absolute) || isPlanName(absolute.split(path.sep).join('/')) || looksLikePlan(text)) files.push({ name: path.relative(cwd, absolute) || absolute, absolute, text });
  }
  return files;
}
