import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parsePlan } from '../../../src/core/parse/parsePlan';
import { summaryOf } from '../../../src/core/summary';
import { REPOSITORY_ROOT, runCli } from './runCli';

describe('CLI summary', () => {
  const example = 'examples/career-plan.md';
  const today = ['--today', '2026-11-24'];
  const expected = (format: 'markdown' | 'html' | 'text') => summaryOf(parsePlan(readFileSync(path.join(REPOSITORY_ROOT, example), 'utf8')), '2026-11-24', format);

  it('writes Markdown by default, the core’s summary of the plan on --today', async () => {
    const { code, out, err } = await runCli(['summary', example, ...today]);
    assert.deepEqual([code, err], [0, '']);
    assert.equal(out, expected('markdown'));
    assert.match(out, /^## Career plan summary, 2026-11-24\n\n\*\*Goal:\*\* Become director of engineering/);
    assert.match(out, /\*\*Next step:\*\* Team lead of the payments team — 2027-03-31, in 127 days/);
  });

  it('--format html and --format text give the other two renderings', async () => {
    const html = await runCli(['summary', example, '--format', 'html', ...today]);
    const text = await runCli(['summary', '-f', 'text', example, ...today]);
    assert.deepEqual([html.code, html.out], [0, expected('html')]);
    assert.deepEqual([text.code, text.out], [0, expected('text')]);
    assert.match(html.out, /^<div>\n<h2>Career plan summary, 2026-11-24<\/h2>\n/);
    assert.match(text.out, /^Career plan summary, 2026-11-24\n\nGoal: /);
  });

  it('--output writes the file; plan text in standard output cannot drive the terminal', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'career-plan-summary-'));
    writeFileSync(path.join(dir, 'me.plan.md'), '---\ngoal: "Lead \\u202eteam\\u001b[2J"\nsteps: [Team lead]\n---\n');
    const written = await runCli(['summary', 'me.plan.md', '-o', 'summary.md', ...today], dir);
    assert.deepEqual([written.code, written.out], [0, '']);
    assert.match(readFileSync(path.join(dir, 'summary.md'), 'utf8'), /^\*\*Goal:\*\* Lead \u202eteam \\\[2J \(no date yet\)$/m);
    const shown = await runCli(['summary', 'me.plan.md', '--format', 'text', ...today], dir);
    assert.match(shown.out, /^Goal: Lead \\u202eteam \[2J \(no date yet\)$/m);
    assert.doesNotMatch(shown.out, /[\u001b\u202e]/);
  });

  it('exit 2 with one line for usage mistakes', async () => {
    const cases: [string[], RegExp][] = [
      [['summary'], /exactly one plan file/],
      [['summary', example, 'examples/first-draft.plan.md'], /exactly one plan file, not 2/],
      [['summary', 'examples'], /not a folder/],
      [['summary', example, '--format', 'pdf'], /markdown, html, text, not "pdf"/],
      [['summary', example, '--today', '2026-13-01'], /--today/],
      [['summary', 'README.md'], /not a career plan/],
    ];
    for (const [args, message] of cases) {
      const { code, out, err } = await runCli(args);
      assert.equal(code, 2, args.join(' '));
      assert.equal(out, '');
      assert.match(err, message, args.join(' '));
    }
  });

  it('is in the usage', async () => {
    const { out } = await runCli(['--help']);
    assert.match(out, /^ {2}summary {3}.*\n.*\n {9}--format markdown\|html\|text/m);
  });
});
