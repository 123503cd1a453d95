// The plan store's workspace scan and file watcher (issue 23), run outside the editor: VS Code's
// file API is stood in for by the file system (scripts/bench/vscodeFiles.ts, as the benchmark runs
// it) and every read is counted (scripts/bench/readCounter.ts).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { countReads } from '../../../scripts/bench/readCounter';
import { installVscode, Uri, type FakeVscode } from '../../../scripts/bench/vscodeFiles';
import type { ScanProgress } from '../../../src/extension/services/planFinder';
import type { PlanStore } from '../../../src/extension/services/planStore';

const TODAY = '2026-06-01';
const PLAN = (goal: string) => `---\ngoal: ${goal}\nsteps:\n  - title: Staff engineer\n    target: 2027-03-31\n---\n# Notes\n`;
const PAGE = (title: string) => `---\ntitle: ${title}\ntags: [how-to]\n---\n# ${title}\n\n${'Body text of the page. '.repeat(600)}\n`;
/** A page whose frontmatter (12 KB of redirects) is still open after 8 KB: read on to its end, no further. */
const LONG_FRONTMATTER = `---\ntitle: Moved pages\nredirects:\n${'  - /old/path/to/a/page/that/moved/long/ago\n'.repeat(280)}---\n# Moved\n\n${'More body. '.repeat(2000)}`;

const counter = countReads();

function writeWorkspace(files: Record<string, string>): string {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'career-plan-scan-')));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  return root;
}

/** The store of a fresh activation on `root`, with the stand-in it talks to. */
async function openStore(root: string): Promise<{ store: PlanStore; vscode: FakeVscode; dispose(): void }> {
  const vscode = installVscode([root]);
  const { Clock } = await import('../../../src/extension/services/clock');
  const { PlanStore } = await import('../../../src/extension/services/planStore');
  const { ConfigStore } = await import('../../../src/extension/services/configStore');
  const { nodeFileSource } = await import('../../../src/extension/node/nodeFileSource');
  const { nodeReaderSource } = await import('../../../src/extension/node/nodeReaderSource');
  const clock = new Clock(TODAY);
  const store = new PlanStore(clock, new ConfigStore(), nodeFileSource, nodeReaderSource);
  counter.reset();
  return {
    store,
    vscode,
    dispose: () => {
      store.dispose();
      clock.dispose();
    },
  };
}

const relative = (root: string, store: PlanStore) => store.plans().map((state) => path.relative(root, state.uri.fsPath)).sort();
const readIn = (root: string) => new Map([...counter.bytes].filter(([file]) => file.startsWith(root)).map(([file, bytes]) => [path.relative(root, file), bytes]));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('plan store: finding plans in a workspace (issue 23)', function () {
  this.timeout(20_000);
  const roots: string[] = [];
  let open: { dispose(): void } | undefined;
  afterEach(() => {
    open?.dispose();
    open = undefined;
  });
  after(() => roots.forEach((root) => fs.rmSync(root, { recursive: true, force: true })));

  const workspace = (files: Record<string, string>) => {
    const root = writeWorkspace(files);
    roots.push(root);
    return root;
  };

  const DOCS = {
    'career-plan.md': PLAN('Lead the platform group by 2029'),
    'team/lead.plan.md': '# Named as a plan, though its text is not one yet\n',
    'docs/people/my-goals.md': PLAN('Become a staff engineer by 2028'),
    'docs/guide/search.md': PAGE('Search'),
    'docs/guide/tutorial.md': `---\ntitle: Tutorial\nsteps:\n  - Install\n---\n${'x'.repeat(9000)}`,
    'docs/guide/no-frontmatter.md': `# Plain\n\n${'y'.repeat(9000)}`,
    'docs/moved.md': LONG_FRONTMATTER,
    'build/docs/my-goals.md': PLAN('A copy in the build output'),
    '.cache/rendered/my-goals.md': PLAN('A copy in a cache git ignores'),
    'node_modules/pkg/career-plan.md': PLAN('A package of someone else'),
    '.vscode/settings.json': JSON.stringify({ 'search.exclude': { '**/build': true } }),
    '.gitignore': '/.cache/\n',
  };

  it('finds plans by name and by content, reads no excluded file, and only heads of the other pages', async () => {
    const root = workspace(DOCS);
    const { store, dispose } = await openStore(root);
    open = { dispose };
    await store.scan();
    assert.deepEqual(relative(root, store), ['career-plan.md', 'docs/people/my-goals.md', 'team/lead.plan.md']);
    const read = readIn(root);
    assert.deepEqual([...read.keys()].filter((file) => /^(build|\.cache|node_modules)\//.test(file)), [], 'nothing read in excluded folders');
    for (const page of ['docs/guide/search.md', 'docs/guide/tutorial.md', 'docs/guide/no-frontmatter.md']) assert.ok(read.get(page)! <= 8 * 1024, `${page}: ${read.get(page)} bytes`);
    const moved = read.get('docs/moved.md')!;
    assert.ok(moved > 8 * 1024 && moved < fs.statSync(path.join(root, 'docs/moved.md')).size, `an open frontmatter is read to its end only: ${moved} bytes`);
    assert.equal(read.get('career-plan.md'), fs.statSync(path.join(root, 'career-plan.md')).size, 'a plan is read whole');
    assert.ok([...counter.opened.values()].every((times) => times === 1), 'no file opened twice');
  });

  it('lists the named plans before it looks at other files, and tells its progress as it goes', async () => {
    const root = workspace(DOCS);
    const { store, dispose } = await openStore(root);
    open = { dispose };
    const progress: ScanProgress[] = [];
    store.onDidChangeScanProgress((p) => progress.push(p));
    await store.scanNamed();
    assert.deepEqual(relative(root, store), ['career-plan.md', 'team/lead.plan.md']);
    assert.equal(readIn(root).has('docs/guide/search.md'), false);
    await store.scan();
    assert.equal(progress[0].state, 'looking');
    assert.deepEqual(progress.at(-1), { read: 7, total: 7, state: 'done' });
    assert.equal(store.scanProgress?.state, 'done');
  });

  it('reads the settings as often in a workspace of 300 pages as in one of 3: not for each file', async () => {
    const scanned = async (pageCount: number) => {
      const pages = Object.fromEntries(Array.from({ length: pageCount }, (_, i) => [`docs/page-${i}.md`, PAGE(`Page ${i}`)]));
      const { store, vscode, dispose } = await openStore(workspace({ ...pages, 'career-plan.md': PLAN('Named'), 'docs/my-goals.md': PLAN('Found') }));
      open = { dispose };
      const before = vscode.settingsReads();
      await store.scan();
      dispose();
      return vscode.settingsReads() - before;
    };
    const few = await scanned(3);
    assert.equal(await scanned(300), few);
  });

  it('stops when asked, and goes on from there when asked again', async () => {
    const pages = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`docs/page-${i}.md`, PAGE(`Page ${i}`)]));
    const root = workspace({ ...pages, 'docs/zz/my-goals.md': PLAN('Found after the stop') });
    const { store, dispose } = await openStore(root);
    open = { dispose };
    const stopAtOnce = store.onDidChangeScanProgress((p) => p.state === 'looking' && store.stopScan());
    await store.scan();
    stopAtOnce.dispose();
    const stopped = store.scanProgress!;
    assert.equal(stopped.state, 'stopped');
    assert.ok(stopped.read < stopped.total, `${stopped.read} of ${stopped.total}`);
    await store.scan();
    assert.equal(store.scanProgress?.state, 'done');
    assert.deepEqual(relative(root, store), ['docs/zz/my-goals.md']);
    assert.ok([...counter.opened.values()].every((times) => times === 1), 'nothing read twice');
  });

  it('on its own, in a big workspace with no plan named as one, reads no file to look for plans', async () => {
    const pages = Object.fromEntries(Array.from({ length: 1_001 }, (_, i) => [`docs/page-${i}.md`, `# Page ${i}\n`]));
    const root = workspace({ ...pages, 'docs/my-goals.md': PLAN('Found when asked for') });
    const { store, dispose } = await openStore(root);
    open = { dispose };
    await store.scanInBackground();
    assert.equal(readIn(root).size, 0);
    assert.deepEqual(relative(root, store), []);
    await store.scan();
    assert.deepEqual(relative(root, store), ['docs/my-goals.md']);
  });

  it('on its own, reads the heads where a plan is named as one, or where the workspace is small', async () => {
    const small = workspace({ 'docs/a.md': PAGE('A'), 'notes/my-goals.md': PLAN('Small workspace') });
    let opened = await openStore(small);
    open = opened;
    await opened.store.scanInBackground();
    assert.deepEqual(relative(small, opened.store), ['notes/my-goals.md']);
    opened.dispose();
    const pages = Object.fromEntries(Array.from({ length: 1_001 }, (_, i) => [`docs/page-${i}.md`, `# Page ${i}\n`]));
    const named = workspace({ ...pages, 'career-plan.md': PLAN('Named'), 'docs/my-goals.md': PLAN('By content') });
    opened = await openStore(named);
    open = opened;
    await opened.store.scanInBackground();
    assert.deepEqual(relative(named, opened.store), ['career-plan.md', 'docs/my-goals.md']);
  });

  it('waits while a Markdown document is being edited', async () => {
    const root = workspace({ 'docs/a.md': PAGE('A'), 'docs/b.md': PAGE('B') });
    const { store, vscode, dispose } = await openStore(root);
    open = { dispose };
    vscode.edit({ uri: Uri.file(path.join(root, 'open.plan.md')), languageId: 'markdown', version: 2, getText: () => PLAN('Typed') });
    const scanned = store.scan();
    await sleep(300);
    assert.equal(readIn(root).size, 0, 'no page read within 300 ms of a keystroke');
    await scanned;
    assert.equal(readIn(root).size, 2);
  });

  it('watches: a burst of changes is read once per file, heads only, a few at a time, excluded files not at all', async () => {
    const pages = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`docs/page-${i}.md`, PAGE(`Page ${i}`)]));
    const root = workspace({ ...pages, 'build/docs/page-0.md': PAGE('Copy'), '.vscode/settings.json': JSON.stringify({ 'search.exclude': { '**/build': true } }), 'career-plan.md': PLAN('Kept') });
    const { store, vscode, dispose } = await openStore(root);
    open = { dispose };
    await store.scan();
    counter.reset();
    fs.writeFileSync(path.join(root, 'docs/page-7.md'), PLAN('Became a plan'));
    fs.writeFileSync(path.join(root, 'build/docs/page-0.md'), PLAN('Excluded'));
    const watcher = vscode.watchers.find((each) => each.pattern === '**/*.md')!;
    for (let round = 0; round < 5; round++) {
      for (const file of [...Object.keys(pages), 'build/docs/page-0.md']) watcher.changed.fire(Uri.file(path.join(root, file)));
    }
    watcher.deleted.fire(Uri.file(path.join(root, 'career-plan.md')));
    await sleep(700);
    const read = readIn(root);
    assert.equal(read.size, 200);
    assert.equal(read.has('build/docs/page-0.md'), false);
    assert.ok([...counter.opened.values()].every((times) => times === 1), 'each changed file read once');
    assert.ok([...read].every(([file, bytes]) => file === 'docs/page-7.md' || bytes <= 4096), 'heads only');
    assert.ok(counter.mostOpen() <= 8, `${counter.mostOpen()} files open at once`);
    await sleep(300);
    assert.deepEqual(relative(root, store), ['docs/page-7.md']);
  });

  it('leaves out what a change of search.exclude leaves out, and lets in what it lets in', async () => {
    const root = workspace({ 'archive/old.plan.md': PLAN('Archived'), 'career-plan.md': PLAN('Current'), '.vscode/settings.json': JSON.stringify({ 'search.exclude': { archive: true } }) });
    const { store, vscode, dispose } = await openStore(root);
    open = { dispose };
    await store.scan();
    assert.deepEqual(relative(root, store), ['career-plan.md']);
    vscode.configure({ 'search.exclude': { archive: false, 'career-plan.md': true } });
    await sleep(100);
    await store.scan();
    assert.deepEqual(relative(root, store), ['archive/old.plan.md']);
  });
});
