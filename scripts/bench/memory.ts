// Heap kept per plan by the store's states (1,000 closed plans, 10 open ones) and the time of a
// first workspace scan of 1,000 plans through the store's code for files on disk. Needs --expose-gc.
import { looksLikePlan } from '../../src/core/format/detect';
import type * as vscode from 'vscode';
import { analyse, type Analysis } from '../../src/extension/services/analysis';
import type { StoredPlan } from '../../src/extension/services/planState';
import { storedPlan } from '../../src/extension/services/storedPlan';
import { keystrokeOffsets, makePlan, typeAt } from './plans';

const TODAY = '2026-06-01';
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

function heapAfterGc(): number {
  for (let i = 0; i < 4; i++) gc!();
  return process.memoryUsage().heapUsed;
}

/** Where a plan on disk is: only kept here, so a stand-in serves for VS Code's Uri. */
const NO_URI = {} as vscode.Uri;

/** A plan read from disk, as the store's scan and file watcher keep it. */
function fromDisk(text: string): StoredPlan | undefined {
  return looksLikePlan(text) ? storedPlan(NO_URI, analyse(text, { today: TODAY }), TODAY) : undefined;
}

/** CPU and wall-clock milliseconds to read `count` plans as the store's first scan does (their text already read). */
function scan(count: number): { cpu: number; wall: number } {
  const texts = Array.from({ length: count }, (_, i) => makePlan('typical', 3_000_000 + i));
  const states = new Map<string, StoredPlan>();
  const wallStart = performance.now();
  const start = process.cpuUsage();
  for (const [i, text] of texts.entries()) {
    const state = fromDisk(text);
    if (state) states.set(`file:///workspace/plans/${i}.plan.md`, state);
  }
  const used = process.cpuUsage(start);
  return { cpu: (used.user + used.system) / 1000, wall: performance.now() - wallStart };
}

const scanned = scan(1000);
const scan1000Ms = scanned.cpu;

// Whatever the first plans leave behind once (compiled patterns, caches of the libraries) is not per plan.
for (let i = 0; i < 20; i++) fromDisk(makePlan('typical', 4_000_000 + i));

const beforeClosed = heapAfterGc();
const closed = new Map<string, StoredPlan>();
for (let i = 0; i < 1000; i++) closed.set(`file:///workspace/plans/${i}.plan.md`, fromDisk(makePlan('typical', 5_000_000 + i))!);
const heapPerClosedPlanKB = (heapAfterGc() - beforeClosed) / 1000 / 1024;

/** An open plan as it is while being typed in: text, parse, findings and what the next keystroke reuses. */
function openPlan(seed: number): Analysis {
  const text = makePlan('typical', seed);
  const first = analyse(text, { today: TODAY });
  const edited = typeAt(text, keystrokeOffsets(text, seed).frontmatter, 'x');
  // The editor's text is one flat string; the concatenation is flattened as it would be.
  edited.indexOf('\u0000');
  return analyse(edited, { today: TODAY, previous: first });
}

// The code that types in a plan is compiled once, before anything is measured.
for (let i = 0; i < 100; i++) openPlan(7_000_000 + i);

/**
 * Ten open plans weigh less than the heap's own variation after a collection (about a megabyte
 * here), so ten are opened twenty times over and all 200 are weighed together.
 */
const open: Analysis[] = [];
const beforeOpen = heapAfterGc();
const openSamples: number[] = [];
for (let round = 0; round < 20; round++) {
  const before = heapAfterGc();
  for (let i = 0; i < 10; i++) open.push(openPlan(6_000_000 + round * 10 + i));
  openSamples.push((heapAfterGc() - before) / 10 / 1024);
}
const heapPerOpenPlanKB = (heapAfterGc() - beforeOpen) / open.length / 1024;

process.stdout.write(JSON.stringify({ heapPerClosedPlanKB, heapPerOpenPlanKB, heapPerOpenPlanSamplesKB: openSamples, scan1000Ms, scan1000WallMs: scanned.wall, kept: closed.size + open.length }));
