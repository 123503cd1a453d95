// Issue 22, item 3: the CLI in CI. --max-warnings, --quiet, --fix and --fix-dry-run, and the output
// formats CI tools read: SARIF (validated against the OASIS schema), GitHub workflow commands, and
// the stylish layout VS Code's problem matchers read.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv';
import { applyEdits } from '../../../src/core/edits/applyEdits';
import { combineFixes } from '../../../src/core/fixes/combineFixes';
import { unattendedFixes } from '../../../src/core/lint/fixText';
import { lintText } from '../../../src/core/lint/lint';
import { rules } from '../../../src/core/rules/registry';
import { REPOSITORY_ROOT, runCli } from './runCli';

const TODAY = '2026-12-07';

/**
 * A plan with fixes of both kinds: steps out of order (CP303), an active gap below an open one
 * (CP603), two active gaps (CP305), a review in eight days with nothing prepared (CP606), which
 * `--fix` applies; and a step without a target (CP601), whose fix writes a placeholder date.
 */
const FIXABLE = [
  '---',
  'goal: Become engineering manager of the payments team at Acme by June 2030',
  'values: [building teams]',
  'steps:',
  '  - title: Staff engineer',
  '    target: 2029-06-30',
  '  - title: Team lead of payments',
  '    target: 2027-06-30',
  '  - title: Principal engineer',
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
  'moments:',
  '  - title: Annual review',
  '    date: 2026-12-15',
  '    type: review',
  '---',
  'Notes.',
  '',
].join('\n');

function folderWith(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'career-plan-ci-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

/** The editor's "Fix all", pass after pass: the same core edits the code action applies (codeActions.ts). */
function editorFixAll(text: string): string {
  for (let pass = 0; pass < 10; pass++) {
    const edits = combineFixes(unattendedFixes(lintText(text, { today: TODAY }).findings));
    if (edits.length === 0) break;
    text = applyEdits(text, edits);
  }
  return text;
}

describe('CLI: --max-warnings and --quiet', () => {
  it('warnings pass by default, fail beyond --max-warnings, with a line on stderr', async () => {
    const file = path.join('examples', 'first-draft.plan.md');
    assert.equal((await runCli(['lint', '--today', TODAY, file])).code, 0);
    const strict = await runCli(['lint', '--today', TODAY, '--max-warnings', '0', file]);
    assert.equal(strict.code, 1);
    assert.equal(strict.err, 'career-plan: 7 warnings, more than --max-warnings 0 allows.\n');
    assert.equal((await runCli(['lint', '--today', TODAY, '--max-warnings', '7', file])).code, 0);
    for (const bad of ['-1', 'x', '1.5']) assert.equal((await runCli(['lint', '--max-warnings', bad, file])).code, 2, bad);
  });

  it('--quiet reports errors only, in every format, and still counts warnings for --max-warnings', async () => {
    const dir = folderWith({ 'a.plan.md': '---\ngoal: Lead the payments team by 2030\nsteps:\n  - title: Team lead\n    target: 2027-02-30\n---\n' });
    const all = JSON.parse((await runCli(['lint', '-f', 'json', '--today', TODAY, 'a.plan.md'], dir)).out) as { severity: string }[];
    assert.ok(all.some((f) => f.severity !== 'error') && all.some((f) => f.severity === 'error'));
    const quiet = JSON.parse((await runCli(['lint', '-f', 'json', '--quiet', '--today', TODAY, 'a.plan.md'], dir)).out) as { severity: string }[];
    assert.deepEqual(quiet, all.filter((f) => f.severity === 'error'));
    const stylish = await runCli(['lint', '--quiet', '--today', TODAY, 'a.plan.md'], dir);
    assert.doesNotMatch(stylish.out, /^\s+\d+:\d+\s+(warning|info)/m);
    assert.match(stylish.out, /^\s+\d+:\d+\s+error/m);
    const sarif = JSON.parse((await runCli(['lint', '-f', 'sarif', '-q', '--today', TODAY, 'a.plan.md'], dir)).out);
    assert.deepEqual([...new Set(sarif.runs[0].results.map((r: { level: string }) => r.level))], ['error']);
    const none = await runCli(['lint', '-q', '--max-warnings', '0', '--today', TODAY, path.join(REPOSITORY_ROOT, 'examples', 'first-draft.plan.md')], dir);
    assert.equal(none.code, 1);
    // The total says what --quiet left out, never "no findings" of a plan that has warnings.
    assert.equal(none.out, '1 plan checked: no errors; 7 warnings and 1 info not shown (--quiet).\n');
  });
});

describe('CLI: --fix and --fix-dry-run', () => {
  it('--fix writes what the editor\'s Fix all writes, leaves placeholder fixes, and exits by what is left', async () => {
    const dir = folderWith({ 'a.plan.md': FIXABLE });
    const { code, out } = await runCli(['lint', '--fix', '-f', 'json', '--today', TODAY, 'a.plan.md'], dir);
    const fixed = readFileSync(path.join(dir, 'a.plan.md'), 'utf8');
    assert.equal(fixed, editorFixAll(FIXABLE));
    assert.notEqual(fixed, FIXABLE);
    // What is left: the step without a target, whose fix would write a date to adjust.
    assert.deepEqual((JSON.parse(out) as { ruleId: string }[]).map((f) => f.ruleId), ['CP601']);
    assert.doesNotMatch(fixed, /Principal engineer\n\s+target/);
    assert.equal(code, 0);
  });

  it('changes no byte outside the fixes: line breaks, a byte order mark and UTF-16 are kept', async () => {
    const crlf = `\ufeff${FIXABLE.replace(/\n/g, '\r\n')}`;
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FIXABLE, 'utf16le')]);
    const dir = folderWith({ 'crlf.plan.md': crlf, 'utf16.plan.md': utf16 });
    await runCli(['lint', '--fix', '--today', TODAY, 'crlf.plan.md', 'utf16.plan.md'], dir);
    const fixedCrlf = readFileSync(path.join(dir, 'crlf.plan.md'), 'utf8');
    assert.equal(fixedCrlf, editorFixAll(crlf));
    assert.ok(fixedCrlf.startsWith('\ufeff---\r\n'));
    assert.doesNotMatch(fixedCrlf, /[^\r]\n/, 'every line break is still CRLF');
    const written = readFileSync(path.join(dir, 'utf16.plan.md'));
    assert.deepEqual([...written.subarray(0, 2)], [0xff, 0xfe]);
    assert.equal(written.subarray(2).toString('utf16le'), editorFixAll(FIXABLE));
  });

  it('refuses to write back a file that is not valid UTF-8, and still fixes and reports the other plans', async () => {
    const bytes = Buffer.concat([Buffer.from(FIXABLE.replace('Notes.', 'Notes ')), Buffer.from([0xff, 0x0a])]);
    const dir = folderWith({ 'a.plan.md': FIXABLE, 'b.plan.md': bytes, 'c.plan.md': FIXABLE });
    const { code, err, out } = await runCli(['lint', '--fix', '-f', 'json', '--today', TODAY, '.'], dir);
    assert.equal(code, 2);
    assert.equal(err, 'career-plan: b.plan.md: not fixed: it is not valid UTF-8, and writing it back would change more than the fixes.\n');
    assert.deepEqual(readFileSync(path.join(dir, 'b.plan.md')), bytes);
    for (const name of ['a.plan.md', 'c.plan.md']) assert.equal(readFileSync(path.join(dir, name), 'utf8'), editorFixAll(FIXABLE), name);
    // b's findings are all there, unfixed.
    const files = new Set((JSON.parse(out) as { file: string }[]).map((finding) => finding.file));
    assert.ok(files.has('b.plan.md') && files.has('a.plan.md'), out);
  });

  it('--fix-dry-run prints the fixes as a diff that patch applies, and writes nothing', async () => {
    const dir = folderWith({ 'a.plan.md': FIXABLE });
    const { code, out } = await runCli(['lint', '--fix-dry-run', '--today', TODAY, 'a.plan.md'], dir);
    assert.equal(code, 0);
    assert.equal(readFileSync(path.join(dir, 'a.plan.md'), 'utf8'), FIXABLE);
    assert.match(out, /^--- a\/a\.plan\.md\n\+\+\+ b\/a\.plan\.md\n@@ -\d+,\d+ \+\d+,\d+ @@\n/);
    assert.match(out, /^-    status: active$/m);
    writeFileSync(path.join(dir, 'fix.patch'), out);
    execFileSync('patch', ['-s', '-p1', '-i', 'fix.patch'], { cwd: dir });
    assert.equal(readFileSync(path.join(dir, 'a.plan.md'), 'utf8'), editorFixAll(FIXABLE));
  });

  it('--fix-dry-run of a CRLF plan keeps each line\'s CR, so patch and git apply take it as --fix writes it', async () => {
    const crlf = FIXABLE.replace(/\n/g, '\r\n');
    const dir = folderWith({ 'a.plan.md': crlf });
    const { out } = await runCli(['lint', '--fix-dry-run', '--today', TODAY, 'a.plan.md'], dir);
    assert.match(out, /^-    status: active\r$/m);
    writeFileSync(path.join(dir, 'fix.patch'), out);
    execFileSync('git', ['apply', '--check', 'fix.patch'], { cwd: dir });
    execFileSync('patch', ['-s', '-p1', '-i', 'fix.patch'], { cwd: dir });
    assert.equal(readFileSync(path.join(dir, 'a.plan.md'), 'utf8'), editorFixAll(FIXABLE).replace(/\n/g, '\r\n'));
  });

  it('--fix-dry-run names a plan with a space in its path as git does, so patch and git apply both find it', async () => {
    const dir = folderWith({ 'my plan.plan.md': FIXABLE });
    const { out } = await runCli(['lint', '--fix-dry-run', '--today', TODAY, 'my plan.plan.md'], dir);
    assert.match(out, /^--- a\/my plan\.plan\.md\t\n\+\+\+ b\/my plan\.plan\.md\t\n/);
    writeFileSync(path.join(dir, 'fix.patch'), out);
    execFileSync('git', ['apply', '--check', 'fix.patch'], { cwd: dir });
    execFileSync('patch', ['-s', '-p1', '-i', 'fix.patch'], { cwd: dir });
    assert.equal(readFileSync(path.join(dir, 'my plan.plan.md'), 'utf8'), editorFixAll(FIXABLE));
  });

  it('--fix with --fix-dry-run, or a dry run with another format, is a usage mistake', async () => {
    assert.equal((await runCli(['lint', '--fix', '--fix-dry-run', 'examples'])).code, 2);
    assert.equal((await runCli(['lint', '--fix-dry-run', '-f', 'json', 'examples'])).code, 2);
  });
});

describe('CLI: --format sarif', () => {
  const schema = JSON.parse(readFileSync(path.join(REPOSITORY_ROOT, 'test/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8'));
  const ajv = new Ajv({ schemaId: 'auto', allErrors: true });
  ajv.addMetaSchema(JSON.parse(readFileSync(require.resolve('ajv/lib/refs/json-schema-draft-04.json'), 'utf8')));
  const validate = ajv.compile(schema);

  it('is a SARIF 2.1.0 log that validates against the OASIS schema', async () => {
    const { out, code } = await runCli(['lint', '-f', 'sarif', '--today', TODAY, 'examples']);
    const log = JSON.parse(out);
    assert.ok(validate(log), ajv.errorsText(validate.errors));
    assert.equal(log.version, '2.1.0');
    assert.equal(code, 0);
    // An empty run validates too.
    const clean = await runCli(['lint', '-f', 'sarif', '--today', TODAY, '--no-error-on-unmatched-pattern', 'test/fixtures/sarif']);
    assert.ok(validate(JSON.parse(clean.out)), ajv.errorsText(validate.errors));
  });

  it('describes every rule, with its page as a file: URI and its level, and locates each result', async () => {
    const log = JSON.parse((await runCli(['lint', '-f', 'sarif', '--today', TODAY, 'examples/first-draft.plan.md'])).out);
    const run = log.runs[0];
    assert.deepEqual(run.tool.driver.rules.map((rule: { id: string }) => rule.id), rules.map((rule) => rule.id));
    const cp101 = run.tool.driver.rules.find((rule: { id: string }) => rule.id === 'CP101');
    assert.equal(cp101.name, 'goal-vague-verb');
    assert.equal(cp101.helpUri, `file://${path.join(REPOSITORY_ROOT, 'docs/rules/CP101.md')}`);
    assert.equal(cp101.defaultConfiguration.level, 'warning');
    assert.deepEqual(cp101.properties.tags, ['Specific']);
    const result = run.results.find((r: { ruleId: string }) => r.ruleId === 'CP101');
    assert.equal(run.tool.driver.rules[result.ruleIndex].id, 'CP101');
    assert.deepEqual(result.locations[0].physicalLocation, {
      artifactLocation: { uri: 'examples/first-draft.plan.md', uriBaseId: '%SRCROOT%' },
      region: { startLine: 2, startColumn: 7, endLine: 2, endColumn: 23 },
    });
    assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, `file://${REPOSITORY_ROOT}/`);
    assert.ok(run.results.some((r: { level: string }) => r.level === 'note'), 'info findings are notes');
  });
});

describe('CLI: --format github', () => {
  it('writes one workflow command per finding, escaped so a message cannot start another', async () => {
    const dir = folderWith({ 'a b.plan.md': '---\ngoal: g\nsteps: [a]\ntaget: 2027-01-01\n"100%,\\nx": 1\n---\n' });
    const { out } = await runCli(['lint', '-f', 'github', '--today', TODAY, 'a b.plan.md'], dir);
    const lines = out.trimEnd().split('\n');
    assert.ok(lines.every((line) => /^::(error|warning|notice) file=/.test(line)), out);
    assert.ok(lines.includes('::warning file=a b.plan.md,line=4,col=1,endLine=4,endColumn=6,title=CP005 key-unknown::`taget` is not a key the plan format knows at the top of a plan. Did you mean `target`?'), out);
    assert.ok(lines.some((line) => line.includes('100%25')), out);
  });
});

/** VS Code's own matcher for ESLint's stylish output (src/vs/workbench/contrib/tasks/common/problemMatcher.ts, VS Code 1.100). */
const ESLINT_STYLISH = [/^((?:[a-zA-Z]:)*[./\\]+.*?)$/, /^\s+(\d+):(\d+)\s+(error|warning|info)\s+(.+?)(?:\s\s+(.*))?$/];

/** What a problem matcher of a file line and a looping finding line reads from output, as VS Code reads it. */
function matchOutput(output: string, [fileLine, findingLine]: readonly RegExp[]): string[] {
  const found: string[] = [];
  let file: string | undefined;
  for (const line of output.split('\n')) {
    const finding = file === undefined ? null : findingLine.exec(line);
    if (finding) {
      found.push(`${file}:${finding[1]}:${finding[2]} ${finding[3]} ${finding[5] ?? ''}`.trimEnd());
      continue;
    }
    file = fileLine.exec(line)?.[1];
  }
  return found;
}

describe('CLI: stylish output for problem matchers', () => {
  it('names each plan by its absolute path, which $eslint-stylish and $career-plan both read', async () => {
    const { out } = await runCli(['lint', '--today', TODAY, 'examples']);
    const json = JSON.parse((await runCli(['lint', '-f', 'json', '--today', TODAY, 'examples'])).out) as { filePath: string; line: number; column: number; severity: string; ruleId: string }[];
    const expected = json.map((f) => `${f.filePath}:${f.line}:${f.column} ${f.severity}`);
    assert.ok(json.every((f) => path.isAbsolute(f.filePath)));
    assert.deepEqual(matchOutput(out, ESLINT_STYLISH).map((line) => line.replace(/ \S+$/, '').replace(/ (error|warning|info) .*$/, ' $1')), expected);
    const manifest = JSON.parse(readFileSync(path.join(REPOSITORY_ROOT, 'package.json'), 'utf8'));
    const matcher = manifest.contributes.problemMatchers.find((m: { name: string }) => m.name === 'career-plan');
    assert.deepEqual(matchOutput(out, matcher.pattern.map((p: { regexp: string }) => new RegExp(p.regexp))), json.map((f) => `${f.filePath}:${f.line}:${f.column} ${f.severity} ${f.ruleId}`));
  });
});
