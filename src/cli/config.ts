import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { applyChain, chainProblems, folderConfig, loadConfigChain, readFolderConfig, type FolderConfig } from '../core/config/cascade';
import type { ConfigProblem } from '../core/config/readConfig';
import type { LintConfig } from '../core/lint/config';
import { decodeText } from './files';
import { UsageError } from './io';

/** A path as the core's configuration cascade writes it: absolute, `/` between segments. */
export const corePath = (osPath: string): string => path.resolve(osPath).split(path.sep).join('/');
const osPath = (core: string): string => path.normalize(core);

/** Mistakes in configuration files: each is printed on a line of its own, `file:line:column: message`, and the CLI exits 2. */
export class ConfigProblemsError extends UsageError {
  constructor(readonly lines: readonly string[]) {
    super(lines.join('\n'));
  }
}

/** Reads a file's text for the cascade; a file that is not there (or is a folder) is no configuration. */
async function readText(file: string): Promise<string | undefined> {
  try {
    return decodeText(await readFile(osPath(file)));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return undefined;
    throw new UsageError(`${osPath(file)}: cannot be read (${code ?? 'error'}).`);
  }
}

export interface PlanConfig {
  readonly config: LintConfig;
  readonly ignored: boolean;
  /** The configuration files that apply, for their mistakes. */
  readonly chain: readonly FolderConfig[];
}

/**
 * The configuration of each plan, found from the plan's own folder upward (see docs/configuration.md),
 * so the working directory the CLI runs in changes nothing. `--config FILE` is layered over what is
 * found, its `ignores` relative to its own folder. Each folder is read once per run.
 */
export class ConfigLoader {
  private readonly folders = new Map<string, Promise<FolderConfig>>();
  private readonly plans = new Map<string, Promise<PlanConfig>>();

  private constructor(private readonly explicit: FolderConfig | undefined) {}

  static async create(explicit: string | undefined, cwd: string): Promise<ConfigLoader> {
    if (explicit === undefined) return new ConfigLoader(undefined);
    const file = path.resolve(cwd, explicit);
    const text = await readText(corePath(file));
    if (text === undefined) throw new UsageError(`${explicit}: the config file cannot be read.`);
    const folder = folderConfig(corePath(path.dirname(file)), text, undefined);
    // Its mistakes are reported under the name it was given by.
    return new ConfigLoader({ ...folder, config: folder.config && { ...folder.config, path: corePath(file) } });
  }

  /** What applies to a plan (an absolute path). */
  forPlan(absolute: string): Promise<PlanConfig> {
    let known = this.plans.get(absolute);
    if (!known) {
      known = this.resolve(corePath(absolute));
      this.plans.set(absolute, known);
    }
    return known;
  }

  private async resolve(file: string): Promise<PlanConfig> {
    const found = await loadConfigChain(file, (folder) => this.folder(folder));
    const chain = this.explicit ? [this.explicit, ...found] : found;
    return { ...applyChain(file, chain), chain };
  }

  private folder(folder: string): Promise<FolderConfig> {
    let known = this.folders.get(folder);
    if (!known) {
      known = readFolderConfig(folder, readText);
      this.folders.set(folder, known);
    }
    return known;
  }
}

/** Every mistake in the configuration files of these plans, once each, as the lines ConfigProblemsError prints. */
export function configProblemLines(plans: readonly PlanConfig[], cwd: string): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const plan of plans) {
    for (const { path: file, problem } of chainProblems(plan.chain)) {
      const line = `${path.relative(cwd, osPath(file)) || osPath(file)}:${place(problem)}: ${problem.message}`;
      if (seen.has(line)) continue;
      seen.add(line);
      lines.push(line);
    }
  }
  return lines;
}

const place = (problem: ConfigProblem) => `${problem.range.start.line + 1}:${problem.range.start.character + 1}`;
