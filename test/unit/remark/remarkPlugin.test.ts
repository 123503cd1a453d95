import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import { lintTextWithSentences } from '../../../src/lib/index';
import remarkCareerPlan, { type Options } from '../../../src/remark/index';

const ROOT = path.resolve(__dirname, '../../..');
const PLANS = ['examples', 'test/fixtures/plans', 'test/fixtures/rules', 'test/fixtures/regressions'].flatMap((folder) =>
  readdirSync(path.join(ROOT, folder)).filter((name) => name.endsWith('.md')).map((name) => path.join(ROOT, folder, name)),
);
const TODAY = '2026-11-24';

/** Runs the plugin in a remark pipeline as `remark --use remark-frontmatter --use career-plan/remark` does. */
async function remark(text: string, file: string, options: Options = { today: TODAY }): Promise<VFile> {
  const vfile = new VFile({ path: file, value: text });
  const processor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkCareerPlan, options);
  await processor.run(processor.parse(vfile), vfile);
  return vfile;
}

const folders: string[] = [];
function tempFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'career-plan-remark-'));
  folders.push(folder);
  return folder;
}

describe('remark plugin', () => {
  after(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  it("gives the library's findings as remark-lint messages (rule id, place, message) on the examples and every fixture plan", async () => {
    let compared = 0;
    for (const file of PLANS) {
      const text = readFileSync(file, 'utf8');
      // Named like a plan, so that fixtures without a plan's keys are linted too, as the CLI lints a named file.
      const messages = (await remark(text, `${file}.plan.md`)).messages.map(({ ruleId, source, place, reason }) => ({ ruleId, source, place, reason }));
      const expected = (await lintTextWithSentences(text, { today: TODAY })).findings.map((finding) => ({
        ruleId: finding.ruleId,
        source: 'remark-lint',
        place: { start: { line: finding.range.start.line + 1, column: finding.range.start.character + 1 }, end: { line: finding.range.end.line + 1, column: finding.range.end.character + 1 } },
        reason: finding.message,
      }));
      assert.deepEqual(sortMessages(messages), sortMessages(expected), path.relative(ROOT, file));
      compared += expected.length;
    }
    assert.ok(compared > 50, `only ${compared} findings compared`);
  });

  it('reads goals as sentences too, as the CLI does, and by their words alone with `sentences: false`', async () => {
    const plan = '---\ngoal: Be a stronger presence in meetings\nsteps:\n  - title: Team lead\n    target: 2027-06-30\n---\n';
    const rules = async (options: Options) => (await remark(plan, 'presence.plan.md', options)).messages.map((message) => message.ruleId);
    assert.ok((await rules({ today: TODAY })).includes('CP101'));
    assert.ok(!(await rules({ today: TODAY, sentences: false })).includes('CP101'));
  });

  it('marks errors fatal, warnings not and infos neither, as vfile-reporter prints them', async () => {
    const file = await remark('---\ngoal: Grow as a leader\ntarget: 2027-02-30\nsteps: [a]\n---\n', 'draft.plan.md');
    const fatal = new Map(file.messages.map((message) => [message.ruleId, message.fatal]));
    assert.equal(fatal.get('CP004'), true);
    assert.equal(fatal.get('CP101'), false);
    assert.equal(fatal.get('CP401'), undefined);
    const report = reporter([file]);
    assert.match(report, /^3:9-3:19 +error +.*CP004 +remark-lint$/m);
    assert.match(report, /^2:7-2:23 +warning +The goal is not specific.*CP101 +remark-lint$/m);
    assert.match(report, /^2:7-\S+ +info +The plan lists no values.*CP401 +remark-lint$/m);
  });

  it('leaves Markdown files that are not plans alone, as the CLI does when it walks a folder', async () => {
    assert.deepEqual((await remark('# Read me\n\nNo frontmatter here.\n', 'README.md')).messages, []);
    // Named like a plan, it is one: the missing frontmatter is reported.
    assert.deepEqual((await remark('# Read me\n', 'notes.plan.md')).messages.map((message) => message.ruleId), ['CP001']);
  });

  it('a `lint disable` comment turns one rule off by its id, from the comment on', async () => {
    const file = await remark('<!-- lint disable CP001 -->\n\n# Notes\n', 'notes.plan.md');
    assert.deepEqual(file.messages, []);
  });

  it("honours the plan's own career-plan-disable comments and lint: block, which reach the frontmatter", async () => {
    const plan = '---\n# career-plan-disable-next-line CP101\ngoal: Grow as a leader\nlint: { CP201: off }\nsteps: [a]\n---\n';
    const ids = (await remark(plan, 'a.plan.md')).messages.map((message) => message.ruleId);
    assert.ok(ids.length > 0);
    assert.ok(!ids.includes('CP101') && !ids.includes('CP201'), ids.join(' '));
  });

  it('reads the nearest .career-plan.json, unless the options give a configuration', async () => {
    const folder = tempFolder();
    writeFileSync(path.join(folder, '.career-plan.json'), JSON.stringify({ rules: { CP101: 'off' } }));
    const plan = '---\ngoal: Grow as a leader\nsteps: [a]\n---\n';
    const fromFile = (await remark(plan, path.join(folder, 'a.plan.md'))).messages.map((message) => message.ruleId);
    assert.ok(!fromFile.includes('CP101'), fromFile.join(' '));
    const given = (await remark(plan, path.join(folder, 'a.plan.md'), { today: TODAY, config: { rules: { CP201: 'off' } } })).messages.map((message) => message.ruleId);
    assert.ok(given.includes('CP101') && !given.includes('CP201'), given.join(' '));
  });

  it('a configuration that cannot be read fails the file with the CLI\'s message', async () => {
    const folder = tempFolder();
    writeFileSync(path.join(folder, '.career-plan.json'), '{ "rules": ');
    await assert.rejects(remark('---\ngoal: g\nsteps: [a]\n---\n', path.join(folder, 'a.plan.md')), /\.career-plan\.json:1:12: Not valid JSON/);
  });
});

/** In one order whatever order the rules ran in: by place, then rule. */
function sortMessages<T extends { ruleId?: string; place?: unknown }>(messages: T[]): T[] {
  const key = (message: T) => JSON.stringify([message.place, message.ruleId]);
  return [...messages].sort((a, b) => key(a).localeCompare(key(b)));
}
