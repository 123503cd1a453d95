import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parsePlan } from '../../../src/core/parse/parsePlan';
import { REPOSITORY_ROOT, runCli } from './runCli';

describe('CLI convert', () => {
  const fixture = readFileSync(path.join(REPOSITORY_ROOT, 'test/fixtures/convert/brechner.md'), 'utf8');
  const today = ['--today', '2026-12-07'];
  const folder = (text = fixture) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'career-plan-convert-'));
    writeFileSync(path.join(dir, 'plan.md'), text);
    return dir;
  };

  it('prints the change as a diff and writes nothing', async () => {
    const dir = folder();
    const { code, out, err } = await runCli(['convert', 'plan.md', ...today], dir);
    assert.equal(code, 0);
    assert.match(out, /^--- a\/plan\.md\n\+\+\+ b\/plan\.md\n@@ -1,3 \+1,19 @@\n\+---\n/);
    assert.match(out, /^\+ {4}target: 2027-09-30$/m);
    assert.match(out, /^ # Career plan$/m);
    assert.equal(err, 'plan.md: would be converted (--write writes it), read as Career goal, steps and gaps (Brechner’s template).\n');
    assert.equal(readFileSync(path.join(dir, 'plan.md'), 'utf8'), fixture);
  });

  it('--write writes the frontmatter above the plan, which stays as it was', async () => {
    const dir = folder();
    const { code, out } = await runCli(['convert', '--write', 'plan.md', ...today], dir);
    assert.deepEqual([code, out], [0, '']);
    const written = readFileSync(path.join(dir, 'plan.md'), 'utf8');
    assert.ok(written.startsWith('---\n# Read from the plan below'));
    assert.ok(written.endsWith(`---\n${fixture}`));
    const parsed = parsePlan(written);
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.plan.steps.map((step) => [step.title.value, step.target?.value]), [
      ['Senior engineer', '2027-09-30'],
      ['Staff engineer', '2029-06-30'],
      ['Principal engineer', '2031-12-31'],
    ]);
    const again = await runCli(['convert', '--write', 'plan.md', ...today], dir);
    assert.deepEqual([again.code, again.err], [2, 'career-plan: plan.md: This plan already has frontmatter: there is nothing to convert.\n']);
  });

  it('says what it left in the body, at its line in the file as written', async () => {
    const text = ['Career goal: Become a staff engineer.', '', 'Senior engineer before I turn 35', 'Staff engineer in two years', 'Principal engineer soon', '', 'Gaps to reach next step (in order of significance):', '- Design reviews', '- [Gap 2]', ''].join('\n');
    const dir = folder(text);
    const dry = await runCli(['convert', 'plan.md', ...today], dir);
    assert.match(dry.err, /^plan\.md:3: left in the body: "before I turn 35": not a date that could be read, so step 1 has no target/m);
    // A vague time is listed too: it is no date, never guessed.
    assert.match(dry.err, /^plan\.md:5: left in the body: "soon": not a date that could be read, so step 3 has no target/m);
    assert.match(dry.err, /^plan\.md:9: left in the body: "\[Gap 2\]": a template's placeholder where a gap belongs/m);
    assert.match(dry.out, /^\+ {4}target: 2028-12-07 {2}# in two years \(counted from 2026-12-07\)$/m);
    const written = await runCli(['convert', '-w', 'plan.md', ...today], dir);
    const lines = readFileSync(path.join(dir, 'plan.md'), 'utf8').split('\n');
    const at = Number(/^plan\.md:(\d+): left in the body: "\[Gap 2\]"/m.exec(written.err)![1]);
    assert.equal(lines[at - 1], '- [Gap 2]');
  });

  it('--output writes the converted plan to another file', async () => {
    const dir = folder();
    const { code, out } = await runCli(['convert', 'plan.md', '--output', 'converted.md', ...today], dir);
    assert.deepEqual([code, out], [0, '']);
    assert.ok(readFileSync(path.join(dir, 'converted.md'), 'utf8').endsWith(fixture));
    assert.equal(readFileSync(path.join(dir, 'plan.md'), 'utf8'), fixture);
  });

  it('exit 2 with one line for usage mistakes and files it cannot convert', async () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'notes.md'), '# Groceries\n\n- milk\n');
    const cases: [string[], RegExp][] = [
      [['convert'], /exactly one plan file/],
      [['convert', 'plan.md', 'plan.md'], /exactly one plan file, not 2/],
      [['convert', '.'], /not a folder/],
      [['convert', 'no-such.md'], /no such file/],
      [['convert', 'notes.md'], /nothing to convert/],
      [['convert', 'plan.md', '--write', '--output', 'x.md'], /--write or --output/],
      [['convert', 'plan.md', '--today', '2026-02-30'], /--today/],
    ];
    for (const [args, message] of cases) {
      const { code, out, err } = await runCli(args, dir);
      assert.equal(code, 2, args.join(' '));
      assert.equal(out, '');
      assert.match(err, message);
    }
  });
});
