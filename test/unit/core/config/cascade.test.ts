// The cascade the CLI and the editor share: which folders' files apply to a plan, how they merge,
// and which plans they ignore. Files are read through a function, here from a table.
import * as assert from 'node:assert/strict';
import { applyChain, chainProblems, configChain, loadConfigChain, readFolderConfig } from '../../../../src/core/config/cascade';
import { mergeConfigs } from '../../../../src/core/config/merge';
import { joinPath, parentFolder, relativePath } from '../../../../src/core/config/paths';

/** The configuration of `file` among these files (path → text). */
async function resolve(files: Record<string, string>, file: string) {
  const read = async (path: string) => files[path];
  const chain = await loadConfigChain(file, (folder) => readFolderConfig(folder, read));
  return { ...applyChain(file, chain), chain };
}

describe('config: the cascade', () => {
  it('walks from the plan\'s folder to the top, whatever the working directory', async () => {
    const { config, chain } = await resolve({ '/repo/plans/.career-plan.json': '{ "rules": { "CP101": "off" } }' }, '/repo/plans/a.plan.md');
    assert.deepEqual(chain.map((folder) => folder.folder), ['/repo/plans', '/repo', '/']);
    assert.deepEqual(config.rules, { CP101: 'off' });
  });

  it('merges the files, the nearer winning rule by rule and option by option, however the rule is named', async () => {
    const { config } = await resolve(
      {
        '/repo/.career-plan.json': '{ "rules": { "CP101": "off", "CP201": "info" }, "options": { "focusLimit": 3, "momentPrepDays": 7 } }',
        '/repo/team/.career-plan.json': '{ "rules": { "goal-vague-verb": "error" }, "options": { "focusLimit": 2 } }',
      },
      '/repo/team/me/a.plan.md',
    );
    assert.deepEqual(config, { rules: { CP101: 'error', CP201: 'info' }, options: { focusLimit: 2, momentPrepDays: 7 } });
  });

  it('stops at a file that says "root": true', async () => {
    const { config, chain } = await resolve(
      { '/repo/.career-plan.json': '{ "rules": { "CP201": "off" } }', '/repo/team/.career-plan.json': '{ "root": true, "rules": { "CP101": "off" } }' },
      '/repo/team/a.plan.md',
    );
    assert.deepEqual(chain.map((folder) => folder.folder), ['/repo/team']);
    assert.deepEqual(config.rules, { CP101: 'off' });
  });

  it('ignores plans by .career-planignore and "ignores", relative to their folder, the nearer folder deciding', async () => {
    const files = {
      '/repo/.career-planignore': '# old plans\narchive/\n*.draft.md\n',
      '/repo/team/.career-plan.json': '{ "ignores": ["scratch.plan.md"] }',
      '/repo/team/.career-planignore': '!keep.draft.md\n',
    };
    const ignored = async (file: string) => (await resolve(files, file)).ignored;
    assert.equal(await ignored('/repo/archive/2019.plan.md'), true);
    assert.equal(await ignored('/repo/team/archive/x.plan.md'), true);
    assert.equal(await ignored('/repo/me.draft.md'), true);
    assert.equal(await ignored('/repo/team/keep.draft.md'), false);
    assert.equal(await ignored('/repo/team/scratch.plan.md'), true);
    assert.equal(await ignored('/repo/scratch.plan.md'), false);
    assert.equal(await ignored('/repo/team/a.plan.md'), false);
  });

  it('names the mistakes of every file on the way, with the file', async () => {
    const { chain, config } = await resolve({ '/repo/.career-plan.json': '{ "rules": { "CP101": "eror", "CP201": "off" } }' }, '/repo/a/a.plan.md');
    assert.deepEqual(
      chainProblems(chain).map(({ path, problem }) => `${path}:${problem.range.start.line + 1}:${problem.range.start.character + 1}`),
      ['/repo/.career-plan.json:1:23'],
    );
    // What is valid still applies (the editor lints with it; the CLI refuses to run).
    assert.deepEqual(config.rules, { CP201: 'off' });
  });

  it('answers at once from what has been read, or names the first folder still to read', async () => {
    const known = new Map([['/repo/a', await readFolderConfig('/repo/a', async () => undefined)]]);
    assert.deepEqual(configChain('/repo/a/p.plan.md', (folder) => known.get(folder)), { missing: '/repo' });
  });

  it('works on Windows paths written with /', async () => {
    const { chain, config } = await resolve({ 'C:/Users/me/.career-plan.json': '{ "rules": { "CP101": "off" } }' }, 'C:/Users/me/plans/a.plan.md');
    assert.deepEqual(chain.map((folder) => folder.folder), ['C:/Users/me/plans', 'C:/Users/me', 'C:/Users', 'C:/']);
    assert.deepEqual(config.rules, { CP101: 'off' });
  });
});

describe('config: paths', () => {
  it('goes up to the root and no further', () => {
    assert.equal(parentFolder('/a/b.md'), '/a');
    assert.equal(parentFolder('/a'), '/');
    assert.equal(parentFolder('/'), undefined);
    assert.equal(parentFolder('C:/a'), 'C:/');
    assert.equal(parentFolder('C:/'), undefined);
    assert.equal(parentFolder('/c:/a'), '/c:/');
    assert.equal(parentFolder('untitled-1'), undefined);
  });

  it('joins and relates', () => {
    assert.equal(joinPath('/', 'a'), '/a');
    assert.equal(joinPath('/a', 'b'), '/a/b');
    assert.equal(relativePath('/a', '/a/b/c.md'), 'b/c.md');
    assert.equal(relativePath('/', '/a.md'), 'a.md');
    assert.equal(relativePath('/a', '/ab/c.md'), undefined);
  });
});

describe('config: merging layers', () => {
  it('files every rule under its id and leaves out unknown rules and values that are no severity', () => {
    const merged = mergeConfigs([{ rules: { CP101: 'off', CP201: 'info' } }, { rules: { 'Goal-Vague-Verb': 'ERROR', CP201: 'bogus', nope: 'off' }, options: { focusLimit: 4 } }]);
    assert.deepEqual(merged, { rules: { CP101: 'ERROR', CP201: 'info' }, options: { focusLimit: 4 } });
  });
});
