import * as vscode from 'vscode';
import { applyChain, configChain, readFolderConfig, type FolderConfig } from '../../core/config/cascade';
import type { ConfigProblem } from '../../core/config/readConfig';
import { CONFIG_FILE_NAME, IGNORE_FILE_NAME } from '../../core/config/fileNames';
import { parentFolder } from '../../core/config/paths';
import type { LintConfig } from '../../core/lint/config';

/** What the configuration files say of one plan. */
export interface PlanConfig {
  readonly config: LintConfig;
  readonly ignored: boolean;
}

/** A configuration file that has been read, and its mistakes. */
export interface ConfigFileState {
  readonly uri: vscode.Uri;
  readonly problems: readonly ConfigProblem[];
}

/**
 * The `.career-plan.json` and `.career-planignore` files of the folders plans are in, read with
 * vscode.workspace.fs (any file system: local, remote, virtual) and kept until a file watcher says
 * they changed; the cascade itself is the core's, the same the CLI runs. Plans are linted without
 * waiting: `forPlan` answers from what has been read, and when a folder on the way up has not been
 * read yet, it starts reading and answers undefined; `onDidChange` fires once it is read, and
 * whenever a configuration file is created, changed or deleted.
 */
export class ConfigStore implements vscode.Disposable {
  private readonly folders = new Map<string, FolderConfig>();
  private readonly reading = new Map<string, Promise<void>>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** Whether forPlan has answered undefined since the last onDidChange. */
  private answeredWithout = false;
  readonly onDidChange = this.changed.event;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/{${CONFIG_FILE_NAME},${IGNORE_FILE_NAME}}`);
    // A deleted folder is one event, for the folder: the files in it are gone without one of their own.
    const deletions = vscode.workspace.createFileSystemWatcher('**', true, true, false);
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => void this.reread(uri)),
      watcher.onDidChange((uri) => void this.reread(uri)),
      watcher.onDidDelete((uri) => void this.reread(uri)),
      deletions,
      deletions.onDidDelete((uri) => this.forgetUnder(uri)),
    );
  }

  /** The configuration of a plan, or undefined while its folders are being read. */
  forPlan(uri: vscode.Uri): PlanConfig | undefined {
    const answer = this.chain(uri);
    if ('missing' in answer) {
      this.answeredWithout = true;
      void this.load(uri);
      return undefined;
    }
    return applyChain(uri.path, answer.chain);
  }

  /**
   * Reads every folder a plan's configuration may come from that has not been read yet. Once read,
   * `onDidChange` fires if a plan was answered without its configuration meanwhile (a scan of the
   * workspace, waiting for each plan's, need not re-lint everything after each folder).
   */
  async load(uri: vscode.Uri): Promise<void> {
    for (let answer = this.chain(uri); 'missing' in answer; answer = this.chain(uri)) await this.readFolder(folderUri(uri, answer.missing));
    if (!this.answeredWithout) return;
    this.answeredWithout = false;
    this.changed.fire();
  }

  /** Every configuration file read so far, with its mistakes. */
  configFiles(): ConfigFileState[] {
    return [...this.folders.values()].flatMap(({ config }) => (config ? [{ uri: vscode.Uri.parse(config.path), problems: config.reading.problems }] : []));
  }

  private chain(uri: vscode.Uri) {
    // Only files on a file system have folders with configuration; an untitled document has none.
    if (uri.scheme === 'untitled') return { chain: [] };
    return configChain(uri.path, (folder) => this.folders.get(folderUri(uri, folder).toString()));
  }

  /** Reads a folder's two files, once at a time; `fresh` starts over, as when a file has changed during a read. */
  private readFolder(folder: vscode.Uri, fresh = false): Promise<void> {
    const key = folder.toString();
    const running = this.reading.get(key);
    if (running && !fresh) return running;
    const pending = readFolderConfig(folder.path, (path) => readText(folder.with({ path }))).then((read) => {
      // Only the newest reading of a folder is kept.
      if (this.reading.get(key) !== pending) return;
      // Paths in the store are whole URIs, so a file is found again on any file system.
      this.folders.set(key, { ...read, config: read.config && { ...read.config, path: folder.with({ path: read.config.path }).toString() } });
      this.reading.delete(key);
    });
    this.reading.set(key, pending);
    return pending;
  }

  /** A configuration file changed: its folder is read again if it had been read. */
  private async reread(file: vscode.Uri): Promise<void> {
    const folder = folderUri(file, parentFolder(file.path) ?? '/');
    const key = folder.toString();
    if (!this.folders.has(key) && !this.reading.has(key)) return;
    await this.readFolder(folder, true);
    this.changed.fire();
  }

  /** A folder was deleted: what was read in it and below it is gone. */
  private forgetUnder(deleted: vscode.Uri): void {
    const prefix = deleted.toString();
    const gone = [...this.folders.keys()].filter((key) => key === prefix || key.startsWith(`${prefix}/`));
    for (const key of gone) this.folders.delete(key);
    if (gone.length > 0) this.changed.fire();
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

function folderUri(file: vscode.Uri, path: string): vscode.Uri {
  return file.with({ path, query: '', fragment: '' });
}

/** A file's text, or undefined when it cannot be read (there is no such file, most often). */
async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}
