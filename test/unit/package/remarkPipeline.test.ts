import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { installedProject, packOnce, ROOT } from './packed';

const TODAY = '2026-11-24';
const REMARK = path.join(ROOT, 'node_modules/remark-cli/cli.js');

/** A vfile reporter that prints each message in the CLI's JSON terms, so the two outputs compare field by field. */
const JSON_REPORTER = `import * as path from 'node:path';
export default function report(files) {
  return JSON.stringify(files.flatMap((file) => file.messages.map((message) => ({
    file: path.relative(file.cwd, path.resolve(file.cwd, file.path)),
    line: message.place.start.line,
    column: message.place.start.column,
    endLine: message.place.end.line,
    endColumn: message.place.end.column,
    ruleId: message.ruleId,
    message: message.reason,
  }))));
}
`;

/**
 * The remark plugin as a remark user runs it: the package installed from its tarball into a
 * project that has remark-frontmatter, and remark-cli run there on a copy of examples/ (with a
 * README that is not a plan). Its messages are the installed CLI's findings.
 */
describe('the npm package in a remark pipeline', function () {
  this.timeout(240_000);

  it('remark --use remark-frontmatter --use career-plan/remark reports what career-plan lint --format json finds', () => {
    const project = installedProject(packOnce());
    fs.symlinkSync(path.join(ROOT, 'node_modules/remark-frontmatter'), path.join(project, 'node_modules/remark-frontmatter'));
    fs.cpSync(path.join(ROOT, 'examples'), path.join(project, 'examples'), { recursive: true });
    fs.writeFileSync(path.join(project, 'examples/README.md'), '# Examples\n\nTwo plans.\n');
    fs.writeFileSync(path.join(project, 'json-reporter.mjs'), JSON_REPORTER);
    const remarkArgs = [REMARK, 'examples', '--use', 'remark-frontmatter', '--use', `career-plan/remark=today:"${TODAY}"`, '--no-stdout', '--no-color'];

    const cli = spawnSync(path.join(project, 'node_modules/.bin/career-plan'), ['lint', '--format', 'json', '--today', TODAY, 'examples'], { cwd: project, encoding: 'utf8' });
    const remark = spawnSync(process.execPath, [...remarkArgs, '--report', './json-reporter.mjs'], { cwd: project, encoding: 'utf8' });
    assert.equal(remark.status, cli.status, remark.stderr);
    const fields = ['file', 'line', 'column', 'endLine', 'endColumn', 'ruleId', 'message'] as const;
    const found = (JSON.parse(cli.stdout) as Record<string, unknown>[]).map((finding) => Object.fromEntries(fields.map((field) => [field, finding[field]])));
    assert.ok(found.length > 0);
    const order = (a: Record<string, unknown>, b: Record<string, unknown>) => JSON.stringify(fields.map((f) => a[f])).localeCompare(JSON.stringify(fields.map((f) => b[f])));
    assert.deepEqual((JSON.parse(remark.stderr) as Record<string, unknown>[]).sort(order), found.sort(order));

    // remark's own reporter, vfile-reporter, prints them: each with its place, severity and rule id.
    const printed = spawnSync(process.execPath, remarkArgs, { cwd: project, encoding: 'utf8' }).stderr;
    for (const finding of found) {
      assert.match(printed, new RegExp(`^ *${finding.line}:${finding.column}-\\S+ +(warning|info|error) .*${finding.ruleId} +remark-lint$`, 'm'), printed);
    }
    assert.match(printed, /^examples\/README\.md: no issues found$/m);
  });
});
