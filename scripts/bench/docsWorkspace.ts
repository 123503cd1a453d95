// Issue 23: the plan store's workspace scan on a generated documentation workspace (docsPages.ts:
// 20,000 pages, a build folder excluded by search.exclude, a cache folder in .gitignore, packages in
// node_modules) and on its three plans alone, through the store's own code with VS Code's file API
// stood in for by the file system (vscodeFiles.ts). Each scan runs in a fresh process, as a new
// extension host would: the parser's first plans pay for compiling it in both; one counts every read,
// three more (without counting) give the median CPU time. Prints the
// `docsWorkspace` figures as JSON; run by run.ts from a bundle (out/bench/docsWorkspace.js).
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { FULL_DOCS, writeDocsWorkspace, writePlansOnly, type DocsWorkspace } from './docsPages';
import { countReads } from './readCounter';
import { median } from './stats';
import { installVscode, Uri } from './vscodeFiles';

const TODAY = '2026-06-01';
/** Issue 23's `touch` of 2,000 pages after the scan: the file watcher hears of each at once. */
const BURST = 2_000;
/** Beside the bundle in out/bench/ (this file runs from there, two folders below the repository, as its source is). */
const OUT = path.join(__dirname, '../../out/bench/workspaces');

/** What the store read after a burst of changed pages. */
interface BurstResult {
  files: number;
  filesRead: number;
  bytesRead: number;
  maxBytesPerFile: number;
  mostOpenAtOnce: number;
  cpuMs: number;
}

/** What one scan did: the store's plans, and every byte it read, by file. */
interface ScanResult {
  burst?: BurstResult;
  plans: string[];
  read: [file: string, bytes: number][];
  /** The extension host's part: the stand-in's walk of the folders (ripgrep's, in the editor) is not counted. */
  cpuMs: number;
  listingCpuMs: number;
  wallMs: number;
}

/**
 * How a child process scans: `count` every read (and then a burst of changes), `time` only the CPU
 * (counting wraps every fs call, which costs CPU of its own), `background` as the reminders and the
 * countdown do, with no file named as a plan (careerPlan.planFiles empty).
 */
type Mode = 'count' | 'time' | 'background';
const MODES: readonly string[] = ['count', 'time', 'background'] satisfies Mode[];
/** The CPU figures are the median of this many scans, each in a fresh process. */
const TIMED_SCANS = 3;

/** In a process of its own: scans `root` as the extension's store does and prints a ScanResult. */
async function scan(root: string, mode: Mode): Promise<void> {
  const vscode = installVscode([root]);
  if (mode === 'background') vscode.configure({ 'careerPlan.planFiles': [] });
  const counter = mode === 'time' ? undefined : countReads();
  const { Clock } = await import('../../src/extension/services/clock');
  const { PlanStore } = await import('../../src/extension/services/planStore');
  const { ConfigStore } = await import('../../src/extension/services/configStore');
  const { nodeFileSource } = await import('../../src/extension/node/nodeFileSource');
  const { nodeReaderSource } = await import('../../src/extension/node/nodeReaderSource');
  const clock = new Clock(TODAY);
  const wallStart = performance.now();
  const start = process.cpuUsage();
  const store = new PlanStore(clock, new ConfigStore(), nodeFileSource, nodeReaderSource);
  await (mode === 'background' ? store.scanInBackground() : store.scan());
  const used = process.cpuUsage(start);
  const plans = store.plans().map((state) => path.relative(root, state.uri.fsPath));
  const result: ScanResult = {
    plans,
    read: [...(counter?.bytes ?? [])].map(([file, bytes]) => [path.relative(root, file), bytes]),
    cpuMs: (used.user + used.system) / 1000 - vscode.listingCpuMs(),
    listingCpuMs: vscode.listingCpuMs(),
    wallMs: performance.now() - wallStart,
  };
  const pages = result.read.map(([file]) => file).filter((file) => file.endsWith('.md') && !plans.includes(file)).slice(0, BURST);
  if (mode === 'count' && pages.length > 0) {
    // The learned reader loads a second after the first plan and every plan is judged again with
    // it, its three plans read once more: that is done before the burst, so the burst counts its own reads.
    for (const until = Date.now() + 10_000; store.learnedReader === undefined && Date.now() < until; ) await new Promise((resolve) => setTimeout(resolve, 20));
    await new Promise((resolve) => setTimeout(resolve, 500));
    result.burst = await burst(vscode, counter!, pages.map((page) => path.join(root, page)));
  }
  store.dispose();
  clock.dispose();
  process.stdout.write(JSON.stringify(result));
}

/** Tells the store's watcher that `pages` changed, all at once, and counts what it reads until it is done. */
async function burst(vscode: ReturnType<typeof installVscode>, counter: ReturnType<typeof countReads>, pages: string[]): Promise<BurstResult> {
  counter.reset();
  const watcher = vscode.watchers.find((each) => String(each.pattern).endsWith('*.md'));
  if (!watcher) throw new Error('the store watches no Markdown files');
  const start = process.cpuUsage();
  for (const page of pages) watcher.changed.fire(Uri.file(page));
  for (const until = Date.now() + 60_000; counter.opened.size < pages.length && Date.now() < until; ) await new Promise((resolve) => setTimeout(resolve, 20));
  // What is left of the burst's work (the last reads' callbacks, the store's notice) is done within this.
  await new Promise((resolve) => setTimeout(resolve, 300));
  const used = process.cpuUsage(start);
  const bytes = [...counter.bytes.values()];
  return {
    files: pages.length,
    filesRead: counter.opened.size,
    bytesRead: bytes.reduce((sum, each) => sum + each, 0),
    maxBytesPerFile: Math.max(0, ...bytes),
    mostOpenAtOnce: counter.mostOpen(),
    cpuMs: (used.user + used.system) / 1000,
  };
}

function scanInChild(workspace: DocsWorkspace, mode: Mode): ScanResult {
  const child = spawnSync(process.execPath, [__filename, mode, workspace.root], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 28 });
  if (child.status !== 0) throw new Error(`the scan of ${workspace.root} failed (${child.status})`);
  return JSON.parse(child.stdout) as ScanResult;
}

function measure(): void {
  process.stderr.write('  generating the docs workspace (kept between runs)…\n');
  const docs = writeDocsWorkspace(path.join(OUT, 'docs'), FULL_DOCS);
  const alone = writePlansOnly(path.join(OUT, 'plans-only'));
  process.stderr.write('  scanning it…\n');
  const big = scanInChild(docs, 'count');
  const background = scanInChild(docs, 'background');
  const timed = (workspace: DocsWorkspace) => median(Array.from({ length: TIMED_SCANS }, () => scanInChild(workspace, 'time')).map((result) => result.cpuMs));
  const isPlan = (file: string) => docs.plans.includes(file);
  const nonPlanBytes = big.read.filter(([file]) => !isPlan(file)).map(([, bytes]) => bytes);
  const docsWorkspace = {
    files: docs.markdownFiles,
    plansFound: big.plans.length,
    filesRead: big.read.length,
    bytesRead: big.read.reduce((sum, [, bytes]) => sum + bytes, 0),
    maxBytesPerNonPlan: Math.max(0, ...nonPlanBytes),
    excludedFilesRead: big.read.filter(([file]) => docs.excludedFolders.some((folder) => file.startsWith(folder))).length,
    scanCpuMs: timed(docs),
    plansOnlyScanCpuMs: timed(alone),
    listingCpuMs: big.listingCpuMs,
    scanWallMs: big.wallMs,
    plans: big.plans.sort(),
    burst: big.burst,
    backgroundWithoutNamedPlan: { filesRead: background.read.filter(([file]) => file.endsWith('.md')).length, plansFound: background.plans.length, cpuMs: background.cpuMs },
  };
  process.stdout.write(JSON.stringify({ docsWorkspace }));
}

if (MODES.includes(process.argv[2])) {
  scan(process.argv[3], process.argv[2] as Mode).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
} else measure();
