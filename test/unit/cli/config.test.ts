// Issue 22, item 1, in the CLI: each plan is judged by the .career-plan.json files from its own
// folder up, whatever the working directory; a mistake in one is a located line and exit 2; plans
// can be ignored.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runCli } from './runCli';

/** A folder holding these files (relative path → text). */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'career-plan-config-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

/** A plan whose goal draws CP101, CP201 and CP501 (warnings) and CP402 (info). */
const VAGUE_PLAN = '---\ngoal: Get better at my job\nvalues: [craft]\nsteps:\n  - title: Senior engineer on the payments team\n    target: 2026-09-30\n---\n';

const findings = (out: string) => (JSON.parse(out) as { ruleId: string; severity: string }[]).map((f) => `${f.ruleId}:${f.severity}`).sort();

describe('CLI: configuration from each plan\'s folder', () => {
  it('a sub-folder config gives the same findings from any working directory (the issue\'s example)', async () => {
    const root = tree({ 'sub/a.plan.md': VAGUE_PLAN, 'sub/.career-plan.json': '{ "rules": { "CP101": "off", "goal-not-measurable": "error" } }' });
    const fromRoot = await runCli(['lint', '-f', 'json', '--today', '2026-01-15', 'sub/a.plan.md'], root);
    const fromSub = await runCli(['lint', '-f', 'json', '--today', '2026-01-15', 'a.plan.md'], path.join(root, 'sub'));
    const fromElsewhere = await runCli(['lint', '-f', 'json', '--today', '2026-01-15', path.join(root, 'sub', 'a.plan.md')], tmpdir());
    assert.deepEqual(findings(fromRoot.out), ['CP201:error', 'CP402:info', 'CP501:warning']);
    assert.deepEqual(findings(fromSub.out), findings(fromRoot.out));
    assert.deepEqual(findings(fromElsewhere.out), findings(fromRoot.out));
    assert.equal(fromRoot.code, 1);
  });

  it('a nearer file wins setting by setting; "root": true stops the search', async () => {
    const root = tree({
      '.career-plan.json': '{ "rules": { "CP101": "off", "CP501": "off" } }',
      'team/.career-plan.json': '{ "rules": { "goal-vague-verb": "info" } }',
      'team/a.plan.md': VAGUE_PLAN,
      'solo/.career-plan.json': '{ "root": true }',
      'solo/a.plan.md': VAGUE_PLAN,
    });
    const { out } = await runCli(['lint', '-f', 'json', '--today', '2026-01-15', 'team/a.plan.md', 'solo/a.plan.md'], root);
    const byFile = (file: string) => (JSON.parse(out) as { file: string; ruleId: string; severity: string }[]).filter((f) => f.file === path.join(file, 'a.plan.md')).map((f) => `${f.ruleId}:${f.severity}`).sort();
    assert.deepEqual(byFile('team'), ['CP101:info', 'CP201:warning', 'CP402:info']);
    assert.deepEqual(byFile('solo'), ['CP101:warning', 'CP201:warning', 'CP402:info', 'CP501:warning']);
  });

  it('--config is layered over the files found', async () => {
    const root = tree({ '.career-plan.json': '{ "rules": { "CP101": "off", "CP201": "off" } }', 'a.plan.md': VAGUE_PLAN, 'ci.json': '{ "rules": { "CP201": "error" } }' });
    const { out, code } = await runCli(['lint', '-f', 'json', '--today', '2026-01-15', '--config', 'ci.json', 'a.plan.md'], root);
    assert.deepEqual(findings(out), ['CP201:error', 'CP402:info', 'CP501:warning']);
    assert.equal(code, 1);
  });

  it('every mistake in a config file is one located line, and nothing is linted: exit 2', async () => {
    const root = tree({ 'sub/a.plan.md': VAGUE_PLAN, 'sub/.career-plan.json': '{\n  "rules": { "CP101": "eror", "goal-vauge-verb": "off" },\n  "options": { "focusLimit": "x" },\n  "colour": 1\n}\n' });
    const { code, out, err } = await runCli(['lint', 'sub/a.plan.md'], root);
    assert.equal(code, 2);
    assert.equal(out, '');
    assert.deepEqual(err.trimEnd().split('\n'), [
      `career-plan: ${path.join('sub', '.career-plan.json')}:2:23: "eror" is not a severity. Did you mean \`error\`? A rule is set to "error", "warning", "info" or "off", or to true for its default severity and false for off.`,
      `career-plan: ${path.join('sub', '.career-plan.json')}:2:31: \`goal-vauge-verb\` is not a rule id or name. Did you mean \`goal-vague-verb\`?`,
      `career-plan: ${path.join('sub', '.career-plan.json')}:3:30: \`focusLimit\` takes a whole number of at least 1, not "x".`,
      `career-plan: ${path.join('sub', '.career-plan.json')}:4:3: \`colour\` is not a setting of .career-plan.json. Its settings are \`$schema\`, \`rules\`, \`options\`, \`ignores\` and \`root\`.`,
    ]);
  });

  it('a config file that is not JSON is one located line too', async () => {
    const root = tree({ 'a.plan.md': VAGUE_PLAN, '.career-plan.json': '{ "rules": { "CP101": "off", } }' });
    const { code, err } = await runCli(['lint', 'a.plan.md'], root);
    assert.equal(code, 2);
    assert.equal(err, 'career-plan: .career-plan.json:1:28: Not valid JSON: a comma is followed by no property (JSON allows no trailing comma).\n');
  });

  it('.career-planignore and "ignores" leave plans out; a glob whose every file is ignored is a usage error', async () => {
    const root = tree({
      '.career-planignore': 'archive/\n',
      '.career-plan.json': '{ "ignores": ["*.draft.md"] }',
      'archive/old.plan.md': VAGUE_PLAN,
      'me.draft.md': VAGUE_PLAN,
      'a.plan.md': VAGUE_PLAN,
    });
    const all = await runCli(['lint', '-f', 'json', '--today', '2026-01-15', '.'], root);
    assert.deepEqual([...new Set((JSON.parse(all.out) as { file: string }[]).map((f) => f.file))], ['a.plan.md']);
    const archive = await runCli(['lint', 'archive'], root);
    assert.equal(archive.code, 2);
    assert.match(archive.err, /archive: each of its 1 Markdown files is ignored/);
    const named = await runCli(['lint', '-f', 'json', 'me.draft.md'], root);
    assert.deepEqual(JSON.parse(named.out), []);
    assert.equal(named.code, 0);
    assert.match(named.err, /me\.draft\.md is ignored/);
  });
});
