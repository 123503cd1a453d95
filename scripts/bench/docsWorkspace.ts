// Issue 23: the plan store's workspace scan on a generated documentation workspace (docsPages.ts:
// 20,000 pages, a build folder excluded by search.exclude, a cache folder in .gitignore, packages in
// node_modules) and on its three plans alone, through the store's own code with VS Code's file API
// stood in for by the file system (vscodeFiles.ts). Each scan runs in a fresh process, as a new
// extension host would: the parser's first plans pay for compiling it in both. Prints the
// `docsWorkspace` figures as JSON; run by run.ts from a bundle (out/bench/docsWorkspace.js).
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { writeDocsWorkspace, writePlansOnly, type DocsSpec, type DocsWorkspace } from './docsPages';
import { countReads } from './readCounter';
import { installVscode } from './vscodeFiles';

export const BENCH_DOCS: DocsSpec = { pages: 20_000, buildCopies: 5_000, cachedPages: 500, packageReadmes: 500 };
const TODAY = '2026-06-01';
/** Beside the bundle in out/bench/ (this file runs from there, two folders below the repository, as its source is). */
const OUT = path.join(__dirname, '../../out/bench/workspaces');

/** What one scan did: the store's plans, and every byte it read, by file. */
interface ScanResult {
  plans: string[];
  read: [file: string, bytes: number][];
  /** The extension host's part: the stand-in's walk of the folders (ripgrep's, in the editor) is not counted. */
  cpuMs: number;
  listingCpuMs: number;
  wallMs: number;
}

/** In a process of its own: scans `root` as the extension's store does and prints a ScanResult. */
async function scan(root: string): Promise<void> {
  const vscode = installVscode([root]);
  const counter = countReads();
  const { Clock } = await import('../../src/extension/services/clock');
  const { PlanStore } = await import('../../src/extension/services/planStore');
  const { nodeFileSource } = await import('../../src/extension/node/nodeFileSource');
  const clock = new Clock(TODAY);
  const wallStart = performance.now();
  const start = process.cpuUsage();
  const store = new PlanStore(clock, nodeFileSource);
  await store.scan();
  const used = process.cpuUsage(start);
  const result: ScanResult = {
    plans: store.plans().map((state) => path.relative(root, state.uri.fsPath)),
    read: [...counter.bytes].map(([file, bytes]) => [path.relative(root, file), bytes]),
    cpuMs: (used.user + used.system) / 1000 - vscode.listingCpuMs(),
    listingCpuMs: vscode.listingCpuMs(),
    wallMs: performance.now() - wallStart,
  };
  store.dispose();
  clock.dispose();
  process.stdout.write(JSON.stringify(result));
}

function scanInChild(workspace: DocsWorkspace): ScanResult {
  const child = spawnSync(process.execPath, [__filename, 'scan', workspace.root], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 28 });
  if (child.status !== 0) throw new Error(`the scan of ${workspace.root} failed (${child.status})`);
  return JSON.parse(child.stdout) as ScanResult;
}

function measure(): void {
  process.stderr.write('  generating the docs workspace (kept between runs)…\n');
  const docs = writeDocsWorkspace(path.join(OUT, 'docs'), BENCH_DOCS);
  const alone = writePlansOnly(path.join(OUT, 'plans-only'));
  process.stderr.write('  scanning it…\n');
  const big = scanInChild(docs);
  const small = scanInChild(alone);
  const isPlan = (file: string) => docs.plans.includes(file);
  const nonPlanBytes = big.read.filter(([file]) => !isPlan(file)).map(([, bytes]) => bytes);
  const docsWorkspace = {
    files: docs.markdownFiles,
    plansFound: big.plans.length,
    filesRead: big.read.length,
    bytesRead: big.read.reduce((sum, [, bytes]) => sum + bytes, 0),
    maxBytesPerNonPlan: Math.max(0, ...nonPlanBytes),
    excludedFilesRead: big.read.filter(([file]) => docs.excludedFolders.some((folder) => file.startsWith(folder))).length,
    scanCpuMs: big.cpuMs,
    plansOnlyScanCpuMs: small.cpuMs,
    listingCpuMs: big.listingCpuMs,
    scanWallMs: big.wallMs,
    plansOnlyScanWallMs: small.wallMs,
    plans: big.plans.sort(),
  };
  process.stdout.write(JSON.stringify({ docsWorkspace }));
}

if (process.argv[2] === 'scan') {
  scan(process.argv[3]).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
} else measure();
