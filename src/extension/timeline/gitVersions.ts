import * as vscode from 'vscode';
import { localToday } from '../../core/calendar/dates';
import { readVersion, type PlanVersion } from '../../core/history/model';

/**
 * The few parts of the built-in git extension's API (`vscode.git`, API version 1) the history reads.
 * Declared here rather than copied whole: the extension is reached only through these.
 */
interface GitCommit {
  readonly hash: string;
  readonly authorDate?: Date;
  readonly commitDate?: Date;
}

interface GitRepository {
  readonly rootUri: vscode.Uri;
  readonly state: { readonly HEAD?: { readonly commit?: string }; readonly onDidChange: vscode.Event<void> };
  log(options?: { readonly maxEntries?: number; readonly path?: string }): Promise<GitCommit[]>;
  show(ref: string, path: string): Promise<string>;
}

interface GitApi {
  readonly state: 'uninitialized' | 'initialized';
  readonly onDidChangeState: vscode.Event<'uninitialized' | 'initialized'>;
  readonly onDidOpenRepository: vscode.Event<GitRepository>;
  getRepository(uri: vscode.Uri): GitRepository | null;
  openRepository?(root: vscode.Uri): Promise<GitRepository | null>;
}

interface GitExtension {
  readonly enabled: boolean;
  getAPI(version: 1): GitApi;
}

/** How many commits of a plan are read at most: years of weekly edits. */
const MAX_COMMITS = 200;
/** How long to wait for the git extension to find its repositories, once. */
const INITIALIZE_TIMEOUT_MS = 5_000;

/**
 * Reads a plan's committed versions through VS Code's git extension: no process of its own, nothing
 * where git is absent (the browser, git disabled, a file outside a repository), which the history
 * then draws from the plan's review entries. What was read is kept per file until the repository's
 * HEAD moves, so an edit of the plan redraws without asking git again.
 */
export class GitVersions implements vscode.Disposable {
  private readonly read = new Map<string, { head: string; versions: PlanVersion[] }>();
  private readonly watched = new Set<GitRepository>();
  /** Folders git would not open (no repository, or one it keeps closed): not asked again until it opens one. */
  private readonly refused = new Set<string>();
  private listening = false;
  private readonly disposables: vscode.Disposable[] = [];

  /** `changed` is called when a watched repository changes (a commit, a checkout). */
  constructor(private readonly changed: () => void) {}

  async versions(uri: vscode.Uri): Promise<PlanVersion[]> {
    const repository = await this.repositoryOf(uri);
    if (!repository) return [];
    // HEAD is unknown until git has read a repository just opened: read, but keep nothing then.
    const head = repository.state.HEAD?.commit;
    const key = uri.toString();
    const known = this.read.get(key);
    if (head && known?.head === head) return known.versions;
    // Read once per HEAD: each drawing after an edit of the plan takes them as they are.
    const versions = (await readVersions(repository, uri)).map(readVersion);
    if (head) this.read.set(key, { head, versions });
    return versions;
  }

  private async repositoryOf(uri: vscode.Uri): Promise<GitRepository | undefined> {
    if (uri.scheme !== 'file') return undefined;
    const api = await gitApi();
    if (!api) return undefined;
    if (!this.listening) {
      this.listening = true;
      this.disposables.push(
        api.onDidOpenRepository(() => {
          this.refused.clear();
          this.changed();
        }),
      );
    }
    const repository = api.getRepository(uri) ?? (await this.open(api, vscode.Uri.joinPath(uri, '..')));
    if (repository && !this.watched.has(repository)) {
      this.watched.add(repository);
      this.disposables.push(repository.state.onDidChange(() => this.changed()));
    }
    return repository;
  }

  /**
   * The plan is asked for by name: opens its repository when git has not (a repository nested in the
   * workspace deeper than git scans, or git's detection switched off). Git refuses one outside the
   * workspace's folders; a refused folder is not asked again on every edit, each costing git a process.
   */
  private async open(api: GitApi, folder: vscode.Uri): Promise<GitRepository | undefined> {
    const key = folder.toString();
    if (this.refused.has(key) || !api.openRepository) return undefined;
    const repository = (await api.openRepository(folder).catch(() => null)) ?? undefined;
    if (!repository) this.refused.add(key);
    return repository;
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
    this.disposables.length = 0;
    this.read.clear();
    this.refused.clear();
  }
}

async function gitApi(): Promise<GitApi | undefined> {
  const extension = vscode.extensions.getExtension<GitExtension>('vscode.git');
  if (!extension) return undefined;
  try {
    const exported = extension.isActive ? extension.exports : await extension.activate();
    if (!exported?.enabled) return undefined;
    const api = exported.getAPI(1);
    if (api.state !== 'initialized') await initialized(api);
    return api;
  } catch {
    // Git is disabled, or missing from this build of VS Code.
    return undefined;
  }
}

function initialized(api: GitApi): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, INITIALIZE_TIMEOUT_MS);
    const listener = api.onDidChangeState((state) => state === 'initialized' && done());
    function done() {
      clearTimeout(timer);
      listener.dispose();
      resolve();
    }
  });
}

/** Oldest first, each dated by its commit's calendar day where VS Code runs. */
async function readVersions(repository: GitRepository, uri: vscode.Uri): Promise<PlanVersion[]> {
  const commits = await repository.log({ path: uri.fsPath, maxEntries: MAX_COMMITS }).catch(() => []);
  const versions: PlanVersion[] = [];
  for (const commit of [...commits].reverse()) {
    const when = commit.commitDate ?? commit.authorDate;
    if (!when) continue;
    const text = await repository.show(commit.hash, uri.fsPath).catch(() => undefined);
    if (text !== undefined) versions.push({ date: localToday(when), text });
  }
  return versions;
}
