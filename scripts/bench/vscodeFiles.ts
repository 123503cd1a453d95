// A working stand-in for the part of VS Code's API the plan store uses to find plans on disk, backed
// by the file system, so the benchmark (docsWorkspace.ts) and the unit tests run the store's own scan
// and file watcher outside the editor. It does what VS Code does where the store relies on it:
// findFiles applies files.exclude (unless the exclude argument is null) and the exclude it is given,
// never search.exclude or .gitignore; settings are package.json's defaults under the folder's
// .vscode/settings.json; languages.match matches a string glob against the whole path. Events are
// fired by the caller (a watcher's, an edit's, a change of settings). Anything else the store reads
// throws, so a store that starts using more of the API fails here instead of measuring a stand-in.
//
// Install it with installVscode() before the store's modules are loaded (import them dynamically).
import * as fs from 'node:fs';
import Module from 'node:module';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import picomatch from 'picomatch';

type Listener<T> = (value: T) => unknown;

class Disposable {
  constructor(private readonly onDispose: () => void = () => {}) {}
  dispose(): void {
    this.onDispose();
  }
}

export class EventEmitter<T> {
  private readonly listeners = new Set<Listener<T>>();
  readonly event = (listener: Listener<T>): Disposable => {
    this.listeners.add(listener);
    return new Disposable(() => this.listeners.delete(listener));
  };
  fire(value: T): void {
    for (const listener of [...this.listeners]) listener(value);
  }
  dispose(): void {
    this.listeners.clear();
  }
}

export class Uri {
  private formatted: string | undefined;
  private constructor(
    readonly scheme: string,
    readonly path: string,
  ) {}
  static file(fsPath: string): Uri {
    return new Uri('file', path.resolve(fsPath));
  }
  static joinPath(base: Uri, ...segments: string[]): Uri {
    return new Uri(base.scheme, path.posix.join(base.path, ...segments));
  }
  get fsPath(): string {
    return this.path;
  }
  with(change: { path?: string }): Uri {
    return new Uri(this.scheme, change.path ?? this.path);
  }
  /** Made once, as VS Code's Uri keeps its string. */
  toString(): string {
    this.formatted ??= this.scheme === 'file' ? pathToFileURL(this.path).href : `${this.scheme}://${this.path}`;
    return this.formatted;
  }
}

interface WorkspaceFolder {
  readonly uri: Uri;
  readonly name: string;
  readonly index: number;
}

class RelativePattern {
  readonly baseUri: Uri;
  constructor(
    base: WorkspaceFolder | Uri | string,
    readonly pattern: string,
  ) {
    this.baseUri = typeof base === 'string' ? Uri.file(base) : base instanceof Uri ? base : base.uri;
  }
}

type Settings = Record<string, unknown>;

/** Each contributed setting's default, from package.json, with VS Code's defaults of the settings the store reads. */
function defaultSettings(): Settings {
  const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '../../package.json'), 'utf8')) as {
    contributes: { configuration: { properties: Record<string, { default?: unknown }> } };
  };
  const settings: Settings = {
    'files.exclude': { '**/.git': true, '**/.svn': true, '**/.hg': true, '**/CVS': true, '**/.DS_Store': true, '**/Thumbs.db': true },
    'search.exclude': { '**/node_modules': true, '**/bower_components': true, '**/*.code-search': true },
    'search.useIgnoreFiles': true,
  };
  for (const [key, property] of Object.entries(manifest.contributes.configuration.properties)) settings[key] = property.default;
  return settings;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** As VS Code merges them: an object setting's keys are added to its default's, anything else replaces it. */
function merge(base: Settings, over: Settings): Settings {
  const merged = { ...base };
  for (const [key, value] of Object.entries(over)) merged[key] = isObject(value) && isObject(base[key]) ? { ...base[key], ...value } : value;
  return merged;
}

function readFolderSettings(folder: string): Settings {
  try {
    return JSON.parse(fs.readFileSync(path.join(folder, '.vscode/settings.json'), 'utf8')) as Settings;
  } catch {
    return {};
  }
}

/** The globs of an exclude setting whose value is true (a `when` clause is not followed here). */
function trueGlobs(setting: unknown): string[] {
  return isObject(setting) ? Object.entries(setting).filter(([, value]) => value === true).map(([glob]) => glob) : [];
}

/**
 * `a/{b,c/**}` as `a/b` and `a/c/**`: VS Code's globs may hold any glob in braces, which picomatch
 * does not match when they contain a slash.
 */
function expandBraces(glob: string): string[] {
  const open = glob.indexOf('{');
  if (open === -1) return [glob];
  let depth = 0;
  const commas: number[] = [];
  for (let i = open; i < glob.length; i++) {
    if (glob[i] === '{') depth++;
    else if (glob[i] === ',' && depth === 1) commas.push(i);
    else if (glob[i] === '}' && --depth === 0) {
      const bounds = [open, ...commas, i];
      const choices = bounds.slice(1).map((end, k) => glob.slice(bounds[k] + 1, end));
      return choices.flatMap((choice) => expandBraces(glob.slice(0, open) + choice + glob.slice(i + 1)));
    }
  }
  return [glob];
}

/** A glob of VS Code's, braces and all, as a test of a path. */
const globMatcher = (glob: string) => picomatch(expandBraces(glob), { dot: true });

/** What VS Code's exclude globs match: the path itself or any folder it is in. */
function excluder(globs: readonly string[]): (relative: string) => boolean {
  if (globs.length === 0) return () => false;
  const match = picomatch(globs.flatMap(expandBraces), { dot: true });
  return (relative) => {
    const parts = relative.split('/');
    for (let i = 1; i <= parts.length; i++) if (match(parts.slice(0, i).join('/'))) return true;
    return false;
  };
}

function* walk(root: string, relative: string, skip: (relative: string) => boolean): Generator<string> {
  for (const entry of fs.readdirSync(path.join(root, relative), { withFileTypes: true })) {
    const child = relative ? `${relative}/${entry.name}` : entry.name;
    if (skip(child)) continue;
    if (entry.isDirectory()) yield* walk(root, child, skip);
    else if (entry.isFile()) yield child;
  }
}

export interface FakeWatcher {
  readonly pattern: string | RelativePattern;
  readonly created: EventEmitter<Uri>;
  readonly changed: EventEmitter<Uri>;
  readonly deleted: EventEmitter<Uri>;
  disposed: boolean;
}

export interface FakeDocument {
  readonly uri: Uri;
  readonly languageId: string;
  readonly version: number;
  getText(): string;
}

/** The stand-in, and the handles a caller uses to act as the editor would. */
export interface FakeVscode {
  /** The file watchers the code under test created. */
  readonly watchers: FakeWatcher[];
  /**
   * CPU milliseconds spent in findFiles walking the folders: in the editor ripgrep does that, in a
   * process of its own, so the benchmark does not count it as the extension host's.
   */
  readonly listingCpuMs: () => number;
  /**
   * How often settings were read (getConfiguration, and each inspect): in the editor a read costs far
   * more than here (an inspect more than reading a file's head), so a scan must not read them per file.
   */
  readonly settingsReads: () => number;
  /** Fires onDidChangeTextDocument for a document, as a keystroke in it would. */
  edit(document: FakeDocument): void;
  /** Changes settings of the workspace (flat keys, as in settings.json; an object's keys are added) and fires onDidChangeConfiguration for them. */
  configure(settings: Settings): void;
}

/**
 * Registers the stand-in as the `vscode` module, with the folders as the workspace. Call it before
 * the code under test is loaded; a second call replaces the first (the store's modules, loaded once
 * by a process, keep the first one's module object, whose names are pointed at the new one's).
 */
export function installVscode(folders: readonly string[]): FakeVscode {
  const workspaceFolders: WorkspaceFolder[] = folders.map((folder, index) => ({ uri: Uri.file(folder), name: path.basename(folder), index }));
  let settings = merge(defaultSettings(), folders.length > 0 ? readFolderSettings(folders[0]) : {});
  const emitters = {
    changeText: new EventEmitter<unknown>(),
    openText: new EventEmitter<unknown>(),
    closeText: new EventEmitter<unknown>(),
    configuration: new EventEmitter<{ affectsConfiguration(section: string): boolean }>(),
    folders: new EventEmitter<unknown>(),
    tabs: new EventEmitter<unknown>(),
  };
  const watchers: FakeWatcher[] = [];
  const textDocuments: FakeDocument[] = [];

  const folderOf = (uri: Uri) => workspaceFolders.find((folder) => uri.path === folder.uri.path || uri.path.startsWith(`${folder.uri.path}/`));

  let listingCpuMs = 0;
  const findFiles = async (include: string | RelativePattern, exclude?: string | null, maxResults?: number): Promise<Uri[]> => {
    const start = process.cpuUsage();
    try {
      return list(include, exclude, maxResults);
    } finally {
      const used = process.cpuUsage(start);
      listingCpuMs += (used.user + used.system) / 1000;
    }
  };
  const list = (include: string | RelativePattern, exclude: string | null | undefined, maxResults: number | undefined): Uri[] => {
    const roots = include instanceof RelativePattern ? [include.baseUri.path] : workspaceFolders.map((folder) => folder.uri.path);
    const matches = globMatcher(include instanceof RelativePattern ? include.pattern : include);
    const skip = excluder([...(exclude === null ? [] : trueGlobs(settings['files.exclude'])), ...(typeof exclude === 'string' ? [exclude] : [])]);
    const found: Uri[] = [];
    for (const root of roots) {
      for (const relative of walk(root, '', skip)) {
        if (!matches(relative)) continue;
        found.push(Uri.file(path.join(root, relative)));
        if (maxResults !== undefined && found.length >= maxResults) return found;
      }
    }
    return found;
  };

  let settingsReads = 0;
  const getConfiguration = (section: string) => {
    settingsReads++;
    return {
      get: <T>(key: string): T | undefined => settings[`${section}.${key}`] as T | undefined,
      // What the settings hold is what a person set: the workspace's value.
      inspect: <T>(key: string): { workspaceValue?: T } => {
        settingsReads++;
        return { workspaceValue: settings[`${section}.${key}`] as T | undefined };
      },
    };
  };

  const api: Record<string, unknown> = {
    __esModule: true,
    Disposable,
    EventEmitter,
    Uri,
    RelativePattern,
    TabInputText: class {},
    TabInputTextDiff: class {},
    workspace: {
      get workspaceFolders() {
        return workspaceFolders;
      },
      textDocuments,
      getWorkspaceFolder: folderOf,
      asRelativePath: (uri: Uri) => {
        const folder = folderOf(uri);
        return folder ? path.posix.relative(folder.uri.path, uri.path) : uri.path;
      },
      findFiles,
      fs: { readFile: async (uri: Uri) => new Uint8Array(await fs.promises.readFile(uri.fsPath)) },
      getConfiguration,
      createFileSystemWatcher: (pattern: string | RelativePattern) => {
        const watcher: FakeWatcher = { pattern, created: new EventEmitter(), changed: new EventEmitter(), deleted: new EventEmitter(), disposed: false };
        watchers.push(watcher);
        return {
          onDidCreate: watcher.created.event,
          onDidChange: watcher.changed.event,
          onDidDelete: watcher.deleted.event,
          dispose: () => (watcher.disposed = true),
        };
      },
      onDidChangeTextDocument: emitters.changeText.event,
      onDidOpenTextDocument: emitters.openText.event,
      onDidCloseTextDocument: emitters.closeText.event,
      onDidChangeConfiguration: emitters.configuration.event,
      onDidChangeWorkspaceFolders: emitters.folders.event,
    },
    window: { tabGroups: { all: [], onDidChangeTabs: emitters.tabs.event } },
    languages: {
      match: (selector: { pattern: string | RelativePattern }, document: { uri: Uri }) => {
        const { pattern } = selector;
        if (typeof pattern === 'string') return globMatcher(pattern)(document.uri.path) ? 10 : 0;
        return globMatcher(pattern.pattern)(path.posix.relative(pattern.baseUri.path, document.uri.path)) ? 10 : 0;
      },
    },
    l10n: { t: (message: string, ...args: unknown[]) => message.replace(/\{(\d+)\}/g, (_, index: string) => String(args[Number(index)])) },
  };
  const strict = new Proxy(api, {
    get(target, key) {
      if (typeof key === 'symbol' || key in target || key === 'then') return target[key as string];
      throw new Error(`vscodeFiles.ts does not stand in for vscode.${key}`);
    },
  });

  const resolve = (Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string })._resolveFilename;
  if (!(resolve as { vscodeStandIn?: boolean }).vscodeStandIn) {
    const wrapped = function (this: unknown, request: string, ...rest: unknown[]) {
      return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest);
    };
    (wrapped as { vscodeStandIn?: boolean }).vscodeStandIn = true;
    (Module as unknown as { _resolveFilename: typeof wrapped })._resolveFilename = wrapped;
  }
  const cache = (Module as unknown as { _cache: Record<string, unknown> })._cache;
  const known = cache.vscode as { exports: Record<string, unknown> } | undefined;
  if (known) {
    // The store's modules hold the first stand-in's object: point its names at this one's.
    for (const key of Object.keys(known.exports)) delete known.exports[key];
    Object.assign(known.exports, api);
  } else cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: strict };

  return {
    watchers,
    listingCpuMs: () => listingCpuMs,
    settingsReads: () => settingsReads,
    edit: (document) => emitters.changeText.fire({ document, contentChanges: [{}] }),
    configure: (changed) => {
      settings = merge(settings, changed);
      const keys = Object.keys(changed);
      emitters.configuration.fire({ affectsConfiguration: (section) => keys.some((key) => key === section || key.startsWith(`${section}.`)) });
    },
  };
}
