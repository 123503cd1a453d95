import * as assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { exec, ROOT, temporaryFolder } from './packed';

// The extension's files loaded on first use (esbuild.js: LAZY_CORE, LAZY_PACKAGES) are reached from
// dist/core.js through stand-ins. A stand-in built without its module's export names answers
// undefined for every one of them, and only the editor would notice: this reads the build itself.
describe('the extension build: files loaded on first use', function () {
  this.timeout(180_000);
  let outdir: string;

  before(() => {
    outdir = temporaryFolder('build');
    exec(process.execPath, ['esbuild.js', `--outdir=${outdir}`], { cwd: ROOT });
  });

  it('dist/core.js loads every lib-* file of the build', () => {
    const core = fs.readFileSync(path.join(outdir, 'core.js'), 'utf8');
    const lazy = fs.readdirSync(outdir).filter((name) => /^lib-.*\.js$/.test(name));
    assert.ok(lazy.length >= 5, lazy.join(', '));
    for (const name of lazy) assert.ok(core.includes(`require("./${name}")`), `dist/core.js never loads ${name}`);
  });

  it('every module dist/core.js offers the extension has its exports, each a function or a value', () => {
    const core = createRequire(__filename)(path.join(outdir, 'core.js')) as Record<string, Record<string, unknown>>;
    const empty = Object.entries(core).filter(([key, exports]) => /^m\d+$/.test(key) && Object.keys(exports).length === 0).map(([key]) => key);
    assert.deepEqual(empty, []);
    const names = Object.values(core).flatMap((exports) => Object.keys(exports));
    for (const name of ['convertPlan', 'reviewAgenda', 'buildHistory', 'suggestAt']) assert.ok(names.includes(name), name);
  });
});
