import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runCli } from './runCli';

function tempPlan(text: string, name = 'career-plan.md'): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'career-plan-cli-'));
  writeFileSync(path.join(dir, name), text);
  return dir;
}

/** A plan the SMART rules have nothing to say about, on any day before 2040. */
const CLEAN_PLAN = '---\ngoal: Become engineering manager of the payments team at Acme by 2040\nvalues: [building teams]\nsteps:\n  - title: Team lead of the payments team\n    target: 2039-06-30\n---\n';

describe('CLI', () => {
  it('lint --format json gives the documented fields, 1-based', async () => {
    const dir = tempPlan('---\ngoal: g\nsteps: [a]\ntaget: 2027-01-01\n---\n');
    const { code, out } = await runCli(['lint', '--format', 'json', '--today', '2026-11-24', 'career-plan.md'], dir);
    const findings = JSON.parse(out) as Record<string, unknown>[];
    const unknown = findings.find((f) => f.ruleId === 'CP005');
    assert.ok(unknown, out);
    // The contract: these fields, with these names and types, are relied on by other tools.
    for (const field of ['file', 'line', 'column', 'endLine', 'endColumn', 'ruleId', 'criterion', 'severity', 'message', 'subject']) {
      assert.ok(field in unknown, `field ${field}`);
    }
    assert.deepEqual(
      { file: unknown.file, line: unknown.line, column: unknown.column, endLine: unknown.endLine, endColumn: unknown.endColumn, severity: unknown.severity, criterion: unknown.criterion, subject: unknown.subject },
      { file: 'career-plan.md', line: 4, column: 1, endLine: 4, endColumn: 6, severity: 'warning', criterion: null, subject: 'taget' },
    );
    assert.equal(code, findings.some((f) => f.severity === 'error') ? 1 : 0);
  });

  it('exit 1 on an error-severity finding, and a parse problem is a finding, not a crash', async () => {
    const dir = tempPlan('---\ngoal: [unclosed\n---\n');
    const { code, out, err } = await runCli(['lint', 'career-plan.md'], dir);
    assert.equal(code, 1);
    assert.match(out, /CP002/);
    assert.equal(err, '');
  });

  it('exit 2 with one line for usage mistakes and unreadable files, never a stack trace', async () => {
    for (const args of [['lint'], ['lint', 'no-such-file.md'], ['lint', '--today', '2027-02-30', 'x'], ['frobnicate'], ['lint', '--format', 'xml', 'x'], ['lint', '--bogus'], ['lint', '--output', 'r.sarif', 'x'], ['next', '--fix', 'x'], ['export', '--history', 'x'], ['convert', '--format', 'json', 'x'], ...(existsSync('/dev/zero') ? [['lint', '/dev/zero']] : [])]) {
      const { code, err } = await runCli(args);
      assert.equal(code, 2, args.join(' '));
      assert.doesNotMatch(err, /\n\s+at /, 'no stack trace');
      assert.match(err, /^career-plan: /);
    }
    // Node's own message for a value that starts with a dash is one line, not a line with \x0a in it.
    assert.doesNotMatch((await runCli(['lint', '--max-warnings', '-1', 'x'])).err, /\\x0a|\n./);
    // Another command's option is named as such, with the options this one takes.
    assert.match((await runCli(['lint', '--output', 'r.sarif', 'x'])).err, /^career-plan: --output is not an option of lint, which takes --format, /);
  });

  it('a folder or a glob lints only the files that look like plans', async () => {
    const dir = tempPlan(CLEAN_PLAN);
    writeFileSync(path.join(dir, 'README.md'), '# not a plan\n');
    const { out } = await runCli(['lint', '--format', 'json', '.'], dir);
    assert.deepEqual(JSON.parse(out), []);
    const globbed = await runCli(['lint', '--format', 'json', '*.md'], dir);
    assert.deepEqual(JSON.parse(globbed.out), []);
  });

  it('a folder or a glob also lints a file named like a plan that does not look like one yet', async () => {
    const dir = tempPlan('---\ngoal: Lead a data platform team by 2028\ntarget: 2027-02-30\n---\n', 'draft.plan.md');
    for (const arg of ['.', '*.md', '**/*.plan.md']) {
      const { code, out } = await runCli(['lint', '--format', 'json', '--today', '2026-12-06', arg], dir);
      const findings = JSON.parse(out) as { file: string; ruleId: string }[];
      assert.ok(findings.some((f) => f.file === 'draft.plan.md' && f.ruleId === 'CP004'), `${arg}: ${out}`);
      assert.equal(code, 1, arg);
    }
  });

  it('a file named like a plan is one under a dot-folder too (~/.dotfiles/notes)', async () => {
    const top = mkdtempSync(path.join(tmpdir(), 'career-plan-cli-'));
    const dir = path.join(top, '.dotfiles', 'notes');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'me.plan.md'), '# Notes\n\nNothing planned yet.\n');
    const { code, out } = await runCli(['lint', '--format', 'json', '--today', '2026-12-06', '.'], dir);
    assert.ok((JSON.parse(out) as { file: string }[]).some((f) => f.file === 'me.plan.md'), out);
    assert.notEqual(code, 2);
  });

  it('standard output that fails is one line and exit 2, and a pipe its reader closed (| head) is no failure', function () {
    if (!existsSync('/dev/full')) this.skip();
    this.timeout(20_000);
    const main = path.resolve(__dirname, '../../../src/cli/main.ts');
    const example = path.resolve(__dirname, '../../../examples/career-plan.md');
    const cli = (stdout: 'pipe' | number) => spawnSync(process.execPath, ['--import', 'tsx', main, 'next', '--today', '2026-12-08', example], { stdio: ['ignore', stdout, 'pipe'], encoding: 'utf8' });
    const full = cli(openSync('/dev/full', 'w'));
    assert.equal(full.status, 2);
    assert.match(full.stderr, /^career-plan: cannot write the output: ENOSPC[^\n]*\n$/);
    // `true` exits before the CLI has started, so every write meets a closed pipe.
    const piped = spawnSync('sh', ['-c', `"${process.execPath}" --import tsx "${main}" next --today 2026-12-08 "${example}" | true`], { encoding: 'utf8' });
    assert.equal(piped.stderr, '');
  });

  it('--config and .career-plan.json turn rules off', async () => {
    const dir = tempPlan(CLEAN_PLAN.replace('steps:', 'taget: 2027-01-01\nsteps:'));
    writeFileSync(path.join(dir, '.career-plan.json'), JSON.stringify({ rules: { 'key-unknown': 'off' } }));
    assert.deepEqual(JSON.parse((await runCli(['lint', '-f', 'json', 'career-plan.md'], dir)).out), []);
    writeFileSync(path.join(dir, 'strict.json'), JSON.stringify({ rules: { CP005: 'error' } }));
    const strict = await runCli(['lint', '-f', 'json', '--config', 'strict.json', 'career-plan.md'], dir);
    assert.equal(strict.code, 1);
  });

  it('next --format json names the next target and what is overdue, for a given today', async () => {
    const { code, out } = await runCli(['next', '--format', 'json', '--today', '2027-05-01', 'examples/career-plan.md']);
    assert.equal(code, 0);
    const [result] = JSON.parse(out);
    assert.equal(result.file, path.join('examples', 'career-plan.md'));
    assert.equal(result.today, '2027-05-01');
    assert.deepEqual(
      { kind: result.next.kind, title: result.next.title, date: result.next.date, daysLeft: result.next.daysLeft, subject: result.next.subject },
      { kind: 'step', title: 'Group manager of two product teams', date: '2028-06-30', daysLeft: 426, subject: 'steps[1]' },
    );
    assert.deepEqual(result.overdue.map((t: { subject: string; daysLeft: number }) => [t.subject, t.daysLeft]), [['review', -120], ['steps[0]', -31]]);
  });

  it('next in text', async () => {
    const { out } = await runCli(['next', '--today', '2026-11-24', 'examples/career-plan.md']);
    assert.match(out, /next: Annual performance review \(moment\) on 2026-12-15, in 21 days/);
  });
});

describe('CLI in CI (issue 18)', () => {
  it('exit 2 when a glob or folder yields no plan, unless --no-error-on-unmatched-pattern', async () => {
    const dir = tempPlan('# just notes\n', 'README.md');
    for (const target of ['plans/**/*.plan.md', '.']) {
      const { code, err, out } = await runCli(['lint', target], dir);
      assert.equal(code, 2, target);
      assert.match(err, /--no-error-on-unmatched-pattern/);
      assert.equal(out, '');
      const allowed = await runCli(['lint', '--no-error-on-unmatched-pattern', target], dir);
      assert.equal(allowed.code, 0, target);
      assert.match(allowed.out, /0 plans checked/);
    }
  });

  it('walking a folder follows no symbolic link: a link loop lists each plan once', async () => {
    const dir = tempPlan(CLEAN_PLAN);
    symlinkSync(dir, path.join(dir, 'loop'), 'dir');
    const { code, out } = await runCli(['lint', '.'], dir);
    assert.equal(code, 0);
    assert.match(out, /1 plan checked/);
  });

  it('next, timeline and export say why a named file is not a plan, with exit 2', async () => {
    const dir = tempPlan('# notes without frontmatter\n', 'README.md');
    writeFileSync(path.join(dir, 'photo.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    for (const command of ['next', 'timeline', 'export']) {
      const notes = await runCli([command, 'README.md'], dir);
      assert.equal(notes.code, 2, command);
      assert.match(notes.err, /README\.md: not a career plan: it has no frontmatter/);
      const binary = await runCli([command, 'photo.md'], dir);
      assert.equal(binary.code, 2, command);
      assert.match(binary.err, /photo\.md: not a career plan \(it looks like a binary file\)/);
    }
  });

  it('next, timeline, export and summary read a plan written without frontmatter as the editor does, dates in words counted from --today', async () => {
    const dir = tempPlan('# Career plan\n\nCareer goal: Become a staff engineer.\n\nSenior engineer — in two years\n\nGaps to reach next step (in order of significance):\n\n- System design\n', 'growth.md');
    const next = await runCli(['next', '--today', '2026-12-07', 'growth.md'], dir);
    assert.equal(next.code, 0, next.err);
    assert.match(next.out, /Senior engineer \(step\) on 2028-12-07/);
    for (const command of [['timeline', '--format', 'mermaid'], ['export', '--format', 'ics'], ['summary']]) {
      const result = await runCli([...command, '--today', '2026-12-07', 'growth.md'], dir);
      assert.equal(result.code, 0, `${command[0]}: ${result.err}`);
      assert.match(result.out, /Senior engineer/, command[0]);
    }
  });

  it('--today with a day that does not exist says so', async () => {
    const { code, err } = await runCli(['lint', '--today', '2026-02-30', 'x.md']);
    assert.equal(code, 2);
    assert.match(err, /--today 2026-02-30: that day does not exist on the calendar\./);
  });
});

describe('CLI reads UTF-16 plans', () => {
  it('with a byte order mark, little- or big-endian', async () => {
    const text = CLEAN_PLAN;
    const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const big = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    for (const bytes of [little, big]) {
      const dir = tempPlan('');
      writeFileSync(path.join(dir, 'career-plan.md'), bytes);
      const { code, out } = await runCli(['lint', '--format', 'json', '--today', '2026-12-07', 'career-plan.md'], dir);
      assert.equal(code, 0);
      assert.deepEqual(JSON.parse(out), []);
    }
  });

  it('counts line 1\'s columns without a UTF-8 byte order mark, as the editor and ESLint do, and keeps the mark when fixing', async () => {
    const text = '---\ngoal: Lead a data platform team at Acme by 2028\n';
    const dir = tempPlan(text, 'plain.plan.md');
    writeFileSync(path.join(dir, 'marked.plan.md'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    const findingsOf = async (name: string) => (JSON.parse((await runCli(['lint', '--no-sentences', '--format', 'json', '--today', '2026-12-07', name], dir)).out) as { line: number; column: number; ruleId: string }[]).map(({ line, column, ruleId }) => ({ line, column, ruleId }));
    const marked = await findingsOf('marked.plan.md');
    assert.ok(marked.some((finding) => finding.line === 1));
    assert.deepEqual(marked, await findingsOf('plain.plan.md'));
  });
});
