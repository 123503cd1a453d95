// Issue 22: one configuration everywhere. A plan in a sub-folder gets, in the Problems panel, the
// findings the CLI gives it from any working directory; a mistake in a .career-plan.json is an error
// on that file, at the value; a changed configuration file re-lints the open plan; an ignored plan
// has no findings; the career-plan: lint task reads the CLI's output with $career-plan; and the
// editor's Fix all writes what `career-plan lint --fix` writes.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activateExtension } from './helpers';
import { at, closeAll, codeOf, eventually, keepFixturesUnsaved, planDiagnostics, SOURCE, today, workspaceUri } from './languageHelpers';

const FOLDER = 'config-itest';
const PLAN = `${FOLDER}/team/me.plan.md`;
const FIX_PLAN = `${FOLDER}/fix.plan.md`;

/** Draws CP101, CP201, CP501 (warnings), and CP305 at the default focus limit of 1. */
const VAGUE_PLAN = [
  '---',
  'goal: Get better at my job',
  'values: [craft]',
  'steps:',
  '  - title: Senior engineer on the payments team',
  '    target: 2039-09-30',
  'gaps:',
  '  - title: System design',
  '    status: active',
  '    actions: [Run two design reviews]',
  '  - title: Public speaking',
  '    status: active',
  '    actions: [Give a talk at the team meeting]',
  '---',
  '',
].join('\n');

/** Every fix here writes no placeholder: steps out of order (CP303), gaps out of rank (CP603), too many active (CP305). */
const FIXABLE_PLAN = [
  '---',
  'goal: Become engineering manager of the payments team at Acme by June 2040',
  'values: [building teams]',
  'steps:',
  '  - title: Staff engineer',
  '    target: 2039-06-30',
  '  - title: Team lead of payments',
  '    target: 2037-06-30',
  'gaps:',
  '  - title: Hiring',
  '    status: open',
  '    actions: [Run ten interviews]',
  '  - title: System design',
  '    status: active',
  '    actions: [Run two design reviews]',
  '  - title: Public speaking',
  '    status: active',
  '    actions: [Give a talk]',
  '---',
  '',
].join('\n');

const TEAM_CONFIG = '{\n  "rules": { "goal-not-measurable": "error" },\n  "options": { "focusLimit": 2 }\n}\n';

async function write(relative: string, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(workspaceUri(relative), new TextEncoder().encode(text));
}

/** The built CLI (npm run build), next to this suite's bundle in dist-test/integration/. */
const CLI = path.resolve(__dirname, '../../dist/cli.js');

/** Runs the CLI as a terminal would, with the Node that runs this extension host (Electron's, as Node, on the desktop). */
function cli(args: readonly string[], cwd: string): string {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
  assert.ok(result.status === 0 || result.status === 1, `career-plan ${args.join(' ')}: exit ${result.status}: ${result.stderr}`);
  return result.stdout;
}

/** The CLI's JSON findings, as `ruleId severity range` (0-based, as the editor's). */
function cliFindings(args: readonly string[], cwd: string): string[] {
  const out = cli(['lint', '--format', 'json', '--today', today(), ...args], cwd);
  const findings = JSON.parse(out) as { ruleId: string; severity: string; line: number; column: number; endLine: number; endColumn: number }[];
  return findings.map((f) => `${f.ruleId} ${f.severity} ${f.line - 1}:${f.column - 1}-${f.endLine - 1}:${f.endColumn - 1}`).sort();
}

const SEVERITIES = ['error', 'warning', 'info', 'hint'];
const editorFindings = (uri: vscode.Uri) => planDiagnostics(uri).map((d) => `${codeOf(d)} ${SEVERITIES[d.severity]} ${at(d.range)}`).sort();

describe('configuration files', () => {
  const root = () => vscode.workspace.workspaceFolders![0].uri.fsPath;

  before(async () => {
    await keepFixturesUnsaved();
    await activateExtension();
    await write(`${FOLDER}/.career-plan.json`, '{ "rules": { "CP101": "off" } }\n');
    await write(`${FOLDER}/team/.career-plan.json`, TEAM_CONFIG);
    await write(PLAN, VAGUE_PLAN);
  });
  afterEach(closeAll);
  after(async () => {
    // Plans first, one by one, so the plan store hears each go; then the folder.
    for (const plan of [PLAN, FIX_PLAN]) await vscode.workspace.fs.delete(workspaceUri(plan)).then(undefined, () => undefined);
    await vscode.workspace.fs.delete(workspaceUri(FOLDER), { recursive: true, useTrash: false });
  });

  it('a plan in a sub-folder gets the findings the CLI gives it, from any working directory', async () => {
    const uri = workspaceUri(PLAN);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const fromRoot = cliFindings([PLAN], root());
    const fromTeam = cliFindings(['me.plan.md'], workspaceUri(`${FOLDER}/team`).fsPath);
    assert.deepEqual(fromTeam, fromRoot);
    // Both files apply: CP101 off (the folder above), CP201 an error and a focus limit of 2 (the nearest).
    assert.ok(fromRoot.some((f) => f.startsWith('CP201 error')) && !fromRoot.some((f) => /^CP(101|305) /.test(f)), fromRoot.join('\n'));
    const shown = await eventually(() => {
      const found = editorFindings(uri);
      return found.length > 0 ? found : undefined;
    }, 'the plan\'s findings');
    assert.deepEqual(shown, fromRoot);
  });

  it('a mistake in a .career-plan.json is an error on that file, at the value, and the rest of it still applies', async () => {
    const plan = workspaceUri(PLAN);
    const config = workspaceUri(`${FOLDER}/team/.career-plan.json`);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(plan));
    await eventually(() => (editorFindings(plan).length > 0 ? true : undefined), 'the plan\'s findings');
    await write(`${FOLDER}/team/.career-plan.json`, TEAM_CONFIG.replace('"error"', '"eror"'));
    try {
      const [problem] = await eventually(() => {
        const ours = vscode.languages.getDiagnostics(config).filter((d) => d.source === SOURCE);
        return ours.length > 0 ? ours : undefined;
      }, 'the config file\'s error', 10_000);
      assert.equal(problem.severity, vscode.DiagnosticSeverity.Error);
      assert.equal(at(problem.range), '1:36-1:42');
      assert.match(problem.message, /^"eror" is not a severity\. Did you mean `error`\?/);
      // The focus limit of 2 still applies; CP201 is back to its default.
      await eventually(() => (editorFindings(plan).some((f) => f.startsWith('CP201 warning')) ? true : undefined), 'CP201 at its default severity');
      assert.ok(!editorFindings(plan).some((f) => f.startsWith('CP305')));
    } finally {
      await write(`${FOLDER}/team/.career-plan.json`, TEAM_CONFIG);
    }
    await eventually(() => (vscode.languages.getDiagnostics(config).some((d) => d.source === SOURCE) ? undefined : true), 'the error to go', 10_000);
  });

  it('a changed or new configuration file lints the open plan again: an ignored plan has no findings', async () => {
    const plan = workspaceUri(PLAN);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(plan));
    await eventually(() => (editorFindings(plan).some((f) => f.startsWith('CP201 error')) ? true : undefined), 'the configured findings');
    await write(`${FOLDER}/.career-planignore`, 'team/\n');
    try {
      await eventually(() => (planDiagnostics(plan).length === 0 ? true : undefined), 'no findings for the ignored plan', 10_000);
      assert.deepEqual(cliFindings([PLAN], root()), []);
    } finally {
      await vscode.workspace.fs.delete(workspaceUri(`${FOLDER}/.career-planignore`));
    }
    await eventually(() => (editorFindings(plan).some((f) => f.startsWith('CP201 error')) ? true : undefined), 'the findings back', 10_000);
  });

  it('provides the career-plan: lint task, read with the $career-plan problem matcher', async () => {
    const tasks = await vscode.tasks.fetchTasks({ type: 'career-plan' });
    const lint = tasks.find((task) => task.source === 'career-plan' && task.name === 'lint');
    assert.ok(lint, tasks.map((task) => `${task.source}: ${task.name}`).join(', '));
    assert.deepEqual(lint.problemMatchers, ['$career-plan']);
    const execution = lint.execution as vscode.ShellExecution;
    assert.deepEqual(
      (execution.args ?? []).map((arg) => (typeof arg === 'string' ? arg : arg.value)),
      ['--no-install', 'career-plan', 'lint', '--no-error-on-unmatched-pattern', '**/*.plan.md', '**/career-plan*.md'],
    );
  });

  it('the editor\'s Fix all writes what career-plan lint --fix writes, byte for byte', async () => {
    await write(FIX_PLAN, FIXABLE_PLAN);
    const uri = workspaceUri(FIX_PLAN);
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await eventually(() => (planDiagnostics(uri).length > 0 ? true : undefined), 'the plan\'s findings');
    for (let pass = 0; pass < 10; pass++) {
      const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
      const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, whole, 'source.fixAll.careerPlan')) ?? [];
      const fixAll = actions.find((action) => action.kind?.value === 'source.fixAll.careerPlan');
      if (!fixAll?.edit) break;
      assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
    }
    const inEditor = editor.document.getText();
    assert.notEqual(inEditor, FIXABLE_PLAN);
    cli(['lint', '--fix', '--today', today(), FIX_PLAN], root());
    assert.equal(readFileSync(uri.fsPath, 'utf8'), inEditor);
  });
});
