// Issue 23 in the real editor: a generated documentation workspace (scripts/integration/bigWorkspace.ts)
// against its three plans alone. The launcher opens a workbench on each of three folders, and this
// suite does what the folder's name says:
//   plans-only   the three plans alone: when they are listed, the host's CPU, a keystroke's diagnostic
//   docs         the docs workspace: the same listing and CPU, held to plans-only's (issue 23's Done-when)
//   docs-typing  the same files again, typing into a plan while the scan looks through the pages
// Times are from the extension host's start (performance.now() counts from it), as a person sees
// the workbench come up; each run writes its figures beside the results for the next and the launcher.
// The figures are printed beside issue 23's Done-when, not asserted: speed is held by `npm run bench`
// (its docs-workspace rows), never by a timed test, which a busy machine would fail at random.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activateExtension, eventually } from '../helpers';
import { codeOf, planDiagnostics } from '../languageHelpers';
import { bigWorkspaceFiguresFile, RESULTS_ENV, type BigWorkspaceFigures } from '../results';
import { treeRows, workspaceUri } from '../viewsHelpers';

const FOCUS_VIEW = 'workbench.view.extension.careerPlan';
const SCAN_SNAPSHOT = 'careerPlan.debug.scan';
/** The generated workspace's plans, as the view labels them: two named as plans, one found by its frontmatter. */
const PLANS = ['career-plan.md', 'growth.plan.md', 'my-goals.md'];
const TYPED_PLAN = 'career-plan.md';
const KEYSTROKES = 5;
/** Issue 23's Done-when, for the workspace it measured (25,000 files; this one is a quarter of it unless CAREER_PLAN_BIG_WORKSPACE=full). Reported, not asserted. */
const LISTED_WITHIN = 3;
const HOST_CPU_MS = 3_000;
const KEYSTROKE_WITHIN = 1.5;

const workspace = path.basename(vscode.workspace.workspaceFolders![0].uri.fsPath);

interface ScanSnapshot {
  progress?: { read: number; total: number; state: 'looking' | 'done' | 'stopped' };
  message?: string;
}

const scan = async () => (await vscode.commands.executeCommand<ScanSnapshot>(SCAN_SNAPSHOT)) ?? {};

function figuresFile(name: string): string {
  const results = process.env[RESULTS_ENV];
  assert.ok(results, `${RESULTS_ENV} is not set`);
  return bigWorkspaceFiguresFile(results, name);
}

function readFigures(name: string): BigWorkspaceFigures {
  const file = figuresFile(name);
  assert.ok(fs.existsSync(file), `no figures from the ${name} run (${file})`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as BigWorkspaceFigures;
}

function writeFigures(figures: BigWorkspaceFigures): void {
  const file = figuresFile(workspace);
  const known = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as BigWorkspaceFigures) : {};
  fs.writeFileSync(file, JSON.stringify({ ...known, ...figures }, null, 2));
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** The extension host's CPU time once it is quiet: less than 40 ms of CPU over the last second. */
async function quietCpuMs(): Promise<number> {
  const samples = [cpuMs()];
  for (let waited = 0; waited < 30_000; waited += 250) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    samples.push(cpuMs());
    if (samples.length > 4 && samples.at(-1)! - samples.at(-5)! < 40) return samples.at(-5)!;
  }
  return samples.at(-1)!;
}

/** Shows the milestones view as a person would, and waits until it lists every plan: ms since the host started. */
async function listPlans(): Promise<number> {
  await activateExtension();
  await vscode.commands.executeCommand(FOCUS_VIEW);
  let header: string | undefined;
  await eventually(
    async () => {
      header = (await scan()).message ?? header;
      const labels = (await treeRows()).map((row) => row.label);
      return PLANS.every((plan) => labels.includes(plan)) ? true : undefined;
    },
    `the plans ${PLANS.join(', ')} in the milestones view`,
    60_000,
  );
  const listedMs = performance.now();
  writeFigures({ listedMs, header });
  return listedMs;
}

/** Resolves with the ms until our diagnostics of `uri` pass `check`, measured from now. */
function diagnosticsWithin(uri: vscode.Uri, check: (codes: string[]) => boolean): Promise<number> {
  const started = performance.now();
  const passes = () => check(planDiagnostics(uri).map((d) => codeOf(d) ?? ''));
  return new Promise((resolve, reject) => {
    if (passes()) return resolve(0);
    const timer = setTimeout(() => (listener.dispose(), reject(new Error('no diagnostic within 10 s'))), 10_000);
    const listener = vscode.languages.onDidChangeDiagnostics(({ uris }) => {
      if (uris.some((changed) => changed.toString() === uri.toString()) && passes()) {
        clearTimeout(timer);
        listener.dispose();
        resolve(performance.now() - started);
      }
    });
  });
}

/** Opens the plan typed into, once its diagnostics are shown (it has findings of its own). */
async function openTypedPlan(): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(workspaceUri(TYPED_PLAN));
  await eventually(() => (planDiagnostics(editor.document.uri).length > 0 ? true : undefined), `the diagnostics of ${TYPED_PLAN}`, 30_000);
  return editor;
}

/**
 * Types into the plan's first target date, making its month 13, and back: the median time until the
 * broken date's CP004 is shown, over a few keystrokes. `whileScanning` is asked before each and after.
 */
async function keystrokes(editor: vscode.TextEditor, whileScanning: () => Promise<boolean>): Promise<{ median: number; duringScan: boolean }> {
  const uri = editor.document.uri;
  const at = editor.document.getText().search(/target: \d{4}-\d{2}-\d{2}/);
  assert.ok(at >= 0, `no target date in ${TYPED_PLAN}`);
  const monthAt = at + 'target: YYYY-'.length;
  const month = new vscode.Range(editor.document.positionAt(monthAt), editor.document.positionAt(monthAt + 2));
  const original = editor.document.getText(month);
  const times: number[] = [];
  let duringScan = true;
  for (let i = 0; i < KEYSTROKES; i++) {
    duringScan &&= await whileScanning();
    const broken = diagnosticsWithin(uri, (codes) => codes.includes('CP004'));
    await editor.edit((edit) => edit.replace(month, '13'));
    times.push(await broken);
    const mended = diagnosticsWithin(uri, (codes) => !codes.includes('CP004'));
    await editor.edit((edit) => edit.replace(month, original));
    await mended;
  }
  duringScan &&= await whileScanning();
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
  return { median, duringScan };
}

/** Polls the scan every few milliseconds: the keystrokes must start as soon as it looks through the pages. */
async function untilLooking(): Promise<void> {
  for (const until = Date.now() + 30_000; Date.now() < until; await new Promise((resolve) => setTimeout(resolve, 5))) {
    if ((await scan()).progress?.state === 'looking') return;
  }
  assert.fail('the scan never looked through the pages');
}

describe(`a big workspace (issue 23): ${workspace}`, function () {
  this.timeout(120_000);

  if (workspace === 'plans-only' || workspace === 'docs') {
    it('lists the plans in the milestones view, and the extension host is quiet soon after', async () => {
      const listedMs = await listPlans();
      const hostCpuMs = await quietCpuMs();
      writeFigures({ hostCpuMs });
      console.log(`big workspace (${workspace}): plans listed ${(listedMs / 1000).toFixed(1)} s after the extension host started; host CPU ${(hostCpuMs / 1000).toFixed(2)} s`);
      if (workspace === 'plans-only') return;
      const alone = readFigures('plans-only');
      console.log(`big workspace (${workspace}): listed at ${(listedMs / alone.listedMs!).toFixed(2)}× the plans alone (Done-when ≤ ${LISTED_WITHIN}×), host CPU ${hostCpuMs <= HOST_CPU_MS ? 'within' : 'over'} ${HOST_CPU_MS} ms`);
    });
  }

  if (workspace === 'plans-only') {
    it('shows the diagnostic of a keystroke that breaks a date', async () => {
      const { median } = await keystrokes(await openTypedPlan(), async () => true);
      writeFigures({ keystrokeMs: median });
    });
  }

  if (workspace === 'docs-typing') {
    it('shows the diagnostic of a keystroke that breaks a date as fast while the scan looks through the pages', async () => {
      await activateExtension();
      const editor = await openTypedPlan();
      await vscode.commands.executeCommand(FOCUS_VIEW);
      await untilLooking();
      const { median, duringScan } = await keystrokes(editor, async () => (await scan()).progress?.state === 'looking');
      writeFigures({ keystrokeMs: median, typedDuringScan: duringScan });
      console.log(`big workspace (${workspace}): a keystroke's diagnostic in ${median.toFixed(0)} ms${duringScan ? ', the scan running throughout' : ''}`);
      assert.ok(duringScan, 'the scan was over before the keystrokes were: nothing measured while it ran');
      const alone = readFigures('plans-only');
      console.log(`big workspace (${workspace}): the keystroke's diagnostic at ${(median / alone.keystrokeMs!).toFixed(2)}× the plans alone (Done-when ≤ ${KEYSTROKE_WITHIN}×)`);
      await eventually(async () => ((await scan()).progress?.state === 'done' ? true : undefined), 'the scan to finish once typing stopped', 60_000);
    });
  }
});
