import type { LintConfig } from '../lint/config';
import { ignoreLines, ignoreMatcher, type IgnoreVerdict } from './ignores';
import { mergeConfigs } from './merge';
import { joinPath, parentFolder, relativePath } from './paths';
import { readConfigText, type ConfigProblem, type ConfigReading } from './readConfig';
import { CONFIG_FILE_NAME, IGNORE_FILE_NAME } from './fileNames';

/** Reads a file's text, or answers undefined when there is no such file. Each adapter brings its own. */
export type ReadText = (path: string) => Promise<string | undefined>;

/** What one folder says about the plans in it and below it. */
export interface FolderConfig {
  readonly folder: string;
  /** Its `.career-plan.json`, when it has one. */
  readonly config?: { readonly path: string; readonly reading: ConfigReading };
  /** Its `.career-planignore`, when it has one. */
  readonly ignoreFile?: string;
  /** What its patterns (the config's `ignores`, then the ignore file's lines) say of a path relative to the folder. */
  readonly ignores: (relative: string) => IgnoreVerdict;
}

/** A folder's configuration from the texts of its two files (undefined: the file is not there). */
export function folderConfig(folder: string, configText: string | undefined, ignoreText: string | undefined): FolderConfig {
  const reading = configText === undefined ? undefined : readConfigText(configText);
  const patterns = [...(reading?.config.ignores ?? []), ...(ignoreText === undefined ? [] : ignoreLines(ignoreText))];
  return {
    folder,
    config: reading && { path: joinPath(folder, CONFIG_FILE_NAME), reading },
    ignoreFile: ignoreText === undefined ? undefined : joinPath(folder, IGNORE_FILE_NAME),
    ignores: ignoreMatcher(patterns),
  };
}

export async function readFolderConfig(folder: string, read: ReadText): Promise<FolderConfig> {
  const [configText, ignoreText] = await Promise.all([read(joinPath(folder, CONFIG_FILE_NAME)), read(joinPath(folder, IGNORE_FILE_NAME))]);
  return folderConfig(folder, configText, ignoreText);
}

/**
 * The folders whose configuration applies to a file, nearest first: its own folder and each one
 * above, up to the first whose `.career-plan.json` says `"root": true`, or the top. `known` answers
 * a folder's configuration when it has been read; the first folder it has not is named as missing,
 * for the caller to read and ask again (the editor needs an answer without waiting, when it can).
 */
export function configChain(file: string, known: (folder: string) => FolderConfig | undefined): { chain: FolderConfig[] } | { missing: string } {
  const chain: FolderConfig[] = [];
  for (let folder = parentFolder(file); folder !== undefined; folder = parentFolder(folder)) {
    const config = known(folder);
    if (!config) return { missing: folder };
    chain.push(config);
    if (config.config?.reading.config.root === true) break;
  }
  return { chain };
}

/** The chain of a file, reading each folder through `load` (which may keep what it read). */
export async function loadConfigChain(file: string, load: (folder: string) => Promise<FolderConfig>): Promise<FolderConfig[]> {
  const read = new Map<string, FolderConfig>();
  for (;;) {
    const answer = configChain(file, (folder) => read.get(folder));
    if ('chain' in answer) return answer.chain;
    read.set(answer.missing, await load(answer.missing));
  }
}

/**
 * What a chain makes of a file. The configurations are merged, the nearest winning rule by rule and
 * option by option (as ESLint's cascading .eslintrc files did); ignore patterns are read from the
 * farthest folder to the nearest, the last that names the file deciding (as nested .gitignore files).
 */
export function applyChain(file: string, chain: readonly FolderConfig[]): { readonly config: LintConfig; readonly ignored: boolean } {
  const farthestFirst = [...chain].reverse();
  let ignored = false;
  for (const folder of farthestFirst) {
    const relative = relativePath(folder.folder, file);
    const verdict = relative === undefined ? undefined : folder.ignores(relative);
    if (verdict) ignored = verdict === 'ignored';
  }
  const config = mergeConfigs(farthestFirst.map((folder) => folder.config && { rules: folder.config.reading.config.rules, options: folder.config.reading.config.options }));
  return { config, ignored };
}

/** Every mistake in a chain's configuration files, with the file it is in. */
export function chainProblems(chain: readonly FolderConfig[]): { readonly path: string; readonly problem: ConfigProblem }[] {
  return chain.flatMap((folder) => (folder.config ? folder.config.reading.problems.map((problem) => ({ path: folder.config!.path, problem })) : []));
}
