import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ICAL from 'ical.js';
import { XMLValidator } from 'fast-xml-parser';
import { REPOSITORY_ROOT, runCli } from './runCli';

describe('CLI timeline and export', () => {
  const example = 'examples/career-plan.md';
  const today = ['--today', '2026-11-24'];

  it('timeline draws an SVG on standard output by default', async () => {
    const { code, out, err } = await runCli(['timeline', example, ...today]);
    assert.deepEqual([code, err], [0, '']);
    assert.match(out, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="cp-timeline"/);
    assert.equal(XMLValidator.validate(out), true);
    assert.match(out, /<desc id="cp-timeline-desc">Today is 2026-11-24\./);
  });

  it('timeline --format mermaid writes a gantt chart, the same on every run', async () => {
    const first = await runCli(['timeline', example, '--format', 'mermaid', ...today]);
    const second = await runCli(['timeline', '-f', 'mermaid', example, ...today]);
    assert.equal(first.code, 0);
    assert.match(first.out, /^gantt\n {4}title Career plan - /);
    assert.equal(second.out, first.out);
  });

  it('export --format ics writes a calendar that parses, identical for the same --today', async () => {
    const first = await runCli(['export', example, '--format', 'ics', ...today]);
    const second = await runCli(['export', example, ...today]);
    assert.equal(first.code, 0);
    assert.equal(second.out, first.out);
    const events = new ICAL.Component(ICAL.parse(first.out)).getAllSubcomponents('vevent');
    assert.equal(events.length, 6);
    assert.ok(events.every((event) => String(event.getFirstPropertyValue('dtstamp')) === '2026-11-24T00:00:00Z'));
  });

  it('export says a plan with nothing dated has nothing for a calendar (exit 2), rather than write one with no event', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'career-plan-timeline-'));
    writeFileSync(path.join(dir, 'me.plan.md'), '---\ngoal: Lead the payments team\nsteps: [Team lead]\ngaps: [Hiring]\n---\n');
    const { code, out, err } = await runCli(['export', 'me.plan.md', ...today], dir);
    assert.deepEqual([code, out, err], [2, '', 'career-plan: me.plan.md has no dated step, goal, key moment or review to put in a calendar yet.\n']);
  });

  it('--output writes the file instead of standard output', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'career-plan-timeline-'));
    writeFileSync(path.join(dir, 'me.plan.md'), readFileSync(path.join(REPOSITORY_ROOT, example)));
    const svg = await runCli(['timeline', 'me.plan.md', '--output', 'timeline.svg', ...today], dir);
    const ics = await runCli(['export', 'me.plan.md', '-o', 'plan.ics', ...today], dir);
    assert.deepEqual([svg.code, svg.out, ics.code, ics.out], [0, '', 0, '']);
    assert.match(readFileSync(path.join(dir, 'timeline.svg'), 'utf8'), /^<svg /);
    assert.match(readFileSync(path.join(dir, 'plan.ics'), 'utf8'), /^BEGIN:VCALENDAR\r\n/);
  });

  it('exit 2 with one line for usage mistakes and files it cannot read or write', async () => {
    const cases: [string[], RegExp][] = [
      [['timeline'], /exactly one plan file/],
      [['timeline', example, example], /exactly one plan file, not 2/],
      [['timeline', 'examples'], /not a folder/],
      [['timeline', 'no-such.md'], /no such file/],
      [['timeline', example, '--format', 'png'], /svg or mermaid/],
      [['export', example, '--format', 'csv'], /takes ics/],
      [['export', example, '--today', '2026-02-30'], /--today/],
      [['export', example, '--output', 'no/such/dir/plan.ics'], /cannot be written \(ENOENT\)/],
    ];
    for (const [args, message] of cases) {
      const { code, out, err } = await runCli(args);
      assert.equal(code, 2, args.join(' '));
      assert.equal(out, '');
      assert.match(err, message, args.join(' '));
      assert.doesNotMatch(err, /\n\s+at /);
    }
  });

  it('lists both commands in the usage', async () => {
    const { out } = await runCli(['--help']);
    assert.match(out, /^ {2}timeline {2}.*\n {9}--format svg\|mermaid/m);
    assert.match(out, /^ {2}export {4}.*\n {9}--format ics/m);
  });
});
