import { readFile, realpath, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import picomatch from 'picomatch';
import { looksLikePlan } from '../core/format/detect';
import { SETTING_DEFAULTS } from '../core/settings/defaults';
import { UsageError } from './io';

export interface PlanFile {
  /** The path as shown to the user: relative to the working directory. */
  readonly name: string;
  readonly absolute: string;
  readonly text: string;
}

/** The names the editor takes for plans whatever they hold (careerPlan.planFiles' default). */
const isPlanName = picomatch([...SETTING_DEFAULTS.planFiles]);

/**
 * Turns the command line's files, folders and globs into plan files. A file named outright is
 * always read; files found through a folder or a glob are kept when they are named like a plan or
 * look like one, so `career-plan lint "**\/*.md"` can run over a whole repository and a plan with
 * no steps yet is still checked. Walking a folder or a glob never follows a symbolic link (a link
 * loop would list a plan twice, and a link may lead out of the tree); a file named outright is read
 * through its link. A pattern or folder that yields no plan is a usage error (a typo must not pass
 * CI as "0 plans checked"), unless `allowNoMatch` says it may be empty, as ESLint's
 * --no-error-on-unmatched-pattern does.
 */
export async function collectPlanFiles(args: readonly string[], cwd: string, options: { readonly allowNoMatch?: boolean } = {}): Promise<PlanFile[]> {
  if (args.length === 0) throw new UsageError('Name at least one plan file, folder or glob.');
  const named = new Set<string>();
  const found = new Map<string, string>();
  const walked: { arg: string; matches: string[] }[] = [];
  for (const arg of args) {
    if (isDynamicPattern(arg)) {
      walked.push({ arg, matches: await walk(arg, cwd) });
      continue;
    }
    const absolute = path.resolve(cwd, arg);
    const info = await stat(absolute).catch(() => undefined);
    if (!info) throw new UsageError(`${arg}: no such file or folder.`);
    if (info.isDirectory()) walked.push({ arg, matches: await walk('**/*.md', absolute) });
    else named.add(absolute);
  }
  const files: PlanFile[] = [];
  const walkedFiles: PlanFile[] = [];
  const read = async (absolute: string) => {
    try {
      return decodeText(await readFile(absolute));
    } catch (error) {
      throw new UsageError(`${path.relative(cwd, absolute)}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
    }
  };
  for (const absolute of named) files.push({ name: path.relative(cwd, absolute) || absolute, absolute, text: await read(absolute) });
  const seen = new Set(await Promise.all([...named].map((file) => realpath(file).catch(() => file))));
  for (const { arg, matches } of walked) {
    let plans = 0;
    for (const absolute of matches.sort()) {
      const real = await realpath(absolute).catch(() => absolute);
      if (named.has(absolute)) {
        plans++;
        continue;
      }
      const text = found.get(real) ?? (await read(absolute));
      if (!isPlanName(absolute.split(path.sep).join('/')) && !looksLikePlan(text)) continue;
      plans++;
      if (seen.has(real)) continue;
      seen.add(real);
      found.set(real, text);
      walkedFiles.push({ name: path.relative(cwd, absolute) || absolute, absolute, text });
    }
    if (plans === 0 && !options.allowNoMatch) {
      throw new UsageError(`${arg}: ${matches.length === 0 ? 'no file matches it' : `none of its ${matches.length} Markdown files is a plan`} (pass --no-error-on-unmatched-pattern to allow that).`);
    }
  }
  return [...files, ...walkedFiles.sort((a, b) => (a.absolute < b.absolute ? -1 : a.absolute > b.absolute ? 1 : 0))];
}

/**
 * A file's text: UTF-8, or UTF-16 when its byte order mark says so (Windows editors save "Unicode"
 * that way), so such a plan is read rather than called a file with no frontmatter.
 */
export function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  return bytes.toString('utf8');
}

/** The files a glob matches, without following symbolic links. */
function walk(pattern: string, cwd: string): Promise<string[]> {
  return glob(pattern, { cwd, absolute: true, ignore: ['**/node_modules/**'], followSymbolicLinks: false });
}
