import { looksLikeBodyPlan } from '../core/parse/bodyPlanDetect';
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
  /** How its bytes were decoded, so a fixed text is written back the same way. */
  readonly encoding: TextEncoding;
  /** Whether the text encodes back to the very bytes read (not so when they were not valid UTF-8). */
  readonly exact: boolean;
}

/** `utf8bom`: UTF-8 after a byte order mark, which, as in the editor, is no part of the text (line 1's columns do not count it). */
export type TextEncoding = 'utf8' | 'utf8bom' | 'utf16le' | 'utf16be';

/**
 * The names the editor takes for plans whatever they hold (careerPlan.planFiles' default), tested on
 * an absolute path: `dot` lets `**` cross a folder such as ~/.dotfiles, as the editor's globs do.
 */
export const isPlanName = picomatch([...SETTING_DEFAULTS.planFiles], { dot: true });

export interface CollectOptions {
  /** A folder or glob that yields no plan is fine (ESLint's --no-error-on-unmatched-pattern). */
  readonly allowNoMatch?: boolean;
  /** Whether the configuration ignores a file (an absolute path): such a file is not read. */
  readonly ignored?: (absolute: string) => Promise<boolean>;
  /** Told the name of each file named outright that is ignored, which is left out. */
  readonly onIgnored?: (name: string) => void;
}

/**
 * Turns the command line's files, folders and globs into plan files. A file named outright is
 * always read, unless ignored; files found through a folder or a glob are kept when they are named
 * like a plan or look like one, so `career-plan lint "**\/*.md"` can run over a whole repository
 * and a plan with no steps yet is still checked. Walking a folder or a glob never follows a symbolic
 * link (a link loop would list a plan twice, and a link may lead out of the tree); a file named
 * outright is read through its link. A pattern or folder that yields no plan is a usage error (a
 * typo must not pass CI as "0 plans checked"), unless `allowNoMatch` says it may be empty, as
 * ESLint's --no-error-on-unmatched-pattern does; so is one whose every file is ignored.
 */
export async function collectPlanFiles(args: readonly string[], cwd: string, options: CollectOptions = {}): Promise<PlanFile[]> {
  if (args.length === 0) throw new UsageError('Name at least one plan file, folder or glob.');
  const named = new Set<string>();
  const found = new Map<string, Decoded>();
  const walked: { arg: string; matches: string[] }[] = [];
  for (const arg of args) {
    if (isDynamicPattern(arg)) {
      walked.push({ arg, matches: await walk(arg, cwd) });
      continue;
    }
    const absolute = path.resolve(cwd, arg);
    const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => error.code ?? 'error');
    if (typeof info === 'string') throw new UsageError(info === 'ENOENT' || info === 'ENOTDIR' ? `${arg}: no such file or folder.` : `${arg}: cannot be read (${info}).`);
    if (info.isDirectory()) walked.push({ arg, matches: await walk('**/*.md', absolute) });
    // A device or a pipe (/dev/zero) may never end: only files are read.
    else if (!info.isFile()) throw new UsageError(`${arg}: not a file or folder (a device or a pipe is not read).`);
    else named.add(absolute);
  }
  const files: PlanFile[] = [];
  const walkedFiles: PlanFile[] = [];
  const nameOf = (absolute: string) => path.relative(cwd, absolute) || absolute;
  const read = async (absolute: string) => {
    try {
      return decodeFile(await readFile(absolute));
    } catch (error) {
      throw new UsageError(`${path.relative(cwd, absolute)}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
    }
  };
  const isIgnored = async (absolute: string) => (options.ignored ? options.ignored(absolute) : false);
  for (const absolute of named) {
    if (await isIgnored(absolute)) options.onIgnored?.(nameOf(absolute));
    else files.push({ name: nameOf(absolute), absolute, ...(await read(absolute)) });
  }
  const seen = new Set(await Promise.all([...named].map((file) => realpath(file).catch(() => file))));
  for (const { arg, matches } of walked) {
    let plans = 0;
    let ignored = 0;
    for (const absolute of matches.sort()) {
      const real = await realpath(absolute).catch(() => absolute);
      if (named.has(absolute)) {
        plans++;
        continue;
      }
      if (await isIgnored(absolute)) {
        ignored++;
        continue;
      }
      const decoded = found.get(real) ?? (await read(absolute));
      if (!isPlanName(absolute.split(path.sep).join('/')) && !looksLikePlan(decoded.text) && !looksLikeBodyPlan(decoded.text)) continue;
      plans++;
      if (seen.has(real)) continue;
      seen.add(real);
      found.set(real, decoded);
      walkedFiles.push({ name: nameOf(absolute), absolute, ...decoded });
    }
    if (plans === 0 && !options.allowNoMatch) {
      const why = matches.length === 0 ? 'no file matches it' : ignored === matches.length ? `each of its ${ignored} Markdown files is ignored (.career-planignore or "ignores")` : `none of its ${matches.length} Markdown files is a plan`;
      throw new UsageError(`${arg}: ${why} (pass --no-error-on-unmatched-pattern to allow that).`);
    }
  }
  return [...files, ...walkedFiles.sort((a, b) => (a.absolute < b.absolute ? -1 : a.absolute > b.absolute ? 1 : 0))];
}

/**
 * A file's text: UTF-8, or UTF-16 when its byte order mark says so (Windows editors save "Unicode"
 * that way), so such a plan is read rather than called a file with no frontmatter.
 */
export function decodeText(bytes: Buffer): string {
  return decodeFile(bytes).text;
}

type Decoded = Pick<PlanFile, 'text' | 'encoding' | 'exact'>;

/** The byte order mark each encoding but plain UTF-8 starts with; it is no part of the text. */
const MARKS: Record<Exclude<TextEncoding, 'utf8'>, readonly number[]> = { utf16le: [0xff, 0xfe], utf16be: [0xfe, 0xff], utf8bom: [0xef, 0xbb, 0xbf] };
const MARKED = Object.keys(MARKS) as Exclude<TextEncoding, 'utf8'>[];

function decodeFile(bytes: Buffer): Decoded {
  const encoding: TextEncoding = MARKED.find((marked) => MARKS[marked].every((byte, i) => bytes[i] === byte)) ?? 'utf8';
  const body = encoding === 'utf8' ? bytes : bytes.subarray(MARKS[encoding].length);
  const text = encoding === 'utf16le' ? body.toString('utf16le') : encoding === 'utf16be' ? Buffer.from(body).swap16().toString('utf16le') : body.toString('utf8');
  return { text, encoding, exact: encodeText(text, encoding).equals(bytes) };
}

/** The bytes of a text in the encoding it was read in, byte order mark included. */
export function encodeText(text: string, encoding: TextEncoding): Buffer {
  const body = encoding === 'utf8' || encoding === 'utf8bom' ? Buffer.from(text, 'utf8') : encoding === 'utf16le' ? Buffer.from(text, 'utf16le') : Buffer.from(text, 'utf16le').swap16();
  return encoding === 'utf8' ? body : Buffer.concat([Buffer.from(MARKS[encoding]), body]);
}

/** The files a glob matches, without following symbolic links. */
function walk(pattern: string, cwd: string): Promise<string[]> {
  return glob(pattern, { cwd, absolute: true, ignore: ['**/node_modules/**'], followSymbolicLinks: false });
}
