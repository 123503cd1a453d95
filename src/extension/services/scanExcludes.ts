import * as vscode from 'vscode';
import { excludeMatcher, expandBraces } from '../../core/scan/globs';
import { ignoreFileGlobs } from '../../core/scan/ignoreFile';
import type { FileSource } from './fileSource';

/** What a workspace folder's search leaves out, for the plan scan and the file watcher to leave out too. */
export interface FolderExcludes {
  /** findFiles' exclude argument: files.exclude applies there anyway, this adds the rest. */
  readonly glob: string;
  /** Whether a file of the folder is left out (the watcher's test; files.exclude included). */
  excludes(uri: vscode.Uri): boolean;
}

/** Left out whatever the settings say, as the scan always did: no plan lives in a package or in git's own files. */
const ALWAYS = ['**/node_modules', '**/.git'];
const IGNORE_FILES = '**/.gitignore';

/**
 * The editor's search leaves out `files.exclude` and `search.exclude`, and with
 * `search.useIgnoreFiles` (on by default) what the folder's .gitignore files list; so does the plan
 * scan, as Todo Tree and the built-in search do, and the watcher follows the same rules. Each
 * folder's are worked out once and again when one of those settings or a .gitignore changes, which
 * `onDidChange` tells.
 *
 * An exclude with a `when` clause (a sibling file's name) is left to findFiles for files.exclude and
 * not followed for search.exclude; the parent folders' and the global ignore files are not read.
 */
export class ScanExcludes implements vscode.Disposable {
  private readonly folders = new Map<string, Promise<FolderExcludes>>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private ignoreWatcher: vscode.FileSystemWatcher | undefined;
  readonly onDidChange = this.changed.event;

  constructor(private readonly files: FileSource) {
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (['files.exclude', 'search.exclude', 'search.useIgnoreFiles'].some((section) => event.affectsConfiguration(section))) this.forget();
      }),
    );
  }

  /** The excludes of the folder holding `uri`; undefined outside every folder. */
  async of(uri: vscode.Uri): Promise<FolderExcludes | undefined> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return undefined;
    const key = folder.uri.toString();
    let known = this.folders.get(key);
    if (!known) {
      known = this.read(folder);
      this.folders.set(key, known);
    }
    return known;
  }

  private async read(folder: vscode.WorkspaceFolder): Promise<FolderExcludes> {
    const search = vscode.workspace.getConfiguration('search', folder.uri);
    const globs = [...ALWAYS, ...trueGlobs(search.get('exclude'))];
    if (search.get<boolean>('useIgnoreFiles')) globs.push(...(await this.ignoreFileGlobs(folder, globs)));
    // findFiles applies files.exclude itself; the watcher's test needs it as well.
    const matches = excludeMatcher([...globs, ...trueGlobs(vscode.workspace.getConfiguration('files', folder.uri).get('exclude'))]);
    const prefix = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
    return {
      glob: `{${globs.flatMap(expandBraces).join(',')}}`,
      excludes: (uri) => uri.path.startsWith(prefix) && matches(uri.path.slice(prefix.length)),
    };
  }

  /** The patterns of every .gitignore in the folder (those in left-out folders apart), each relative to its own folder. */
  private async ignoreFileGlobs(folder: vscode.WorkspaceFolder, excluded: readonly string[]): Promise<string[]> {
    this.watchIgnoreFiles();
    const ignoreFiles = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, IGNORE_FILES), `{${excluded.flatMap(expandBraces).join(',')}}`);
    const globs: string[] = [];
    for (const uri of ignoreFiles) {
      const relative = uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1);
      const text = await this.files.readText(uri).catch(() => '');
      globs.push(...ignoreFileGlobs(text, relative.slice(0, Math.max(0, relative.lastIndexOf('/')))));
    }
    return globs;
  }

  private watchIgnoreFiles(): void {
    if (this.ignoreWatcher) return;
    this.ignoreWatcher = vscode.workspace.createFileSystemWatcher(IGNORE_FILES);
    this.disposables.push(this.ignoreWatcher, this.ignoreWatcher.onDidCreate(() => this.forget()), this.ignoreWatcher.onDidChange(() => this.forget()), this.ignoreWatcher.onDidDelete(() => this.forget()));
  }

  private forget(): void {
    this.folders.clear();
    this.changed.fire();
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/** The globs of an exclude setting that are simply on (`true`). */
function trueGlobs(setting: unknown): string[] {
  if (typeof setting !== 'object' || setting === null) return [];
  return Object.entries(setting).filter(([, value]) => value === true).map(([glob]) => glob);
}
