import * as assert from 'node:assert/strict';
import picomatch from 'picomatch';
import { excludeMatcher, expandBraces, globSource } from '../../../src/core/scan/globs';
import { ignoreFileGlobs } from '../../../src/core/scan/ignoreFile';

const PATHS = ['README.md', 'docs/a.md', 'docs/guide/b.md', 'build/docs/a.md', 'src/build/x.md', 'node_modules/p/README.md', '.cache/r/a.md', 'a.plan.md', 'team/lead.plan.md', 'career-plan-2026.md', 'x/career-plan.md', 'docs/.hidden.md', 'v1.2/notes.md'];
const GLOBS = ['**/*.plan.md', '**/career-plan*.md', 'docs/*.md', 'docs/**', '**/build', 'build/**', '*.md', '**/node_modules/**', '{docs,build}/**/a.md', 'docs/?.md', 'docs/[ab].md', 'docs/[^a].md', '**', 'v1.2/*', '**/.cache'];

describe('VS Code globs', () => {
  it('match whole relative paths as picomatch does, for the shapes settings use', () => {
    for (const glob of GLOBS) {
      const ours = new RegExp(`^(?:${globSource(glob)})$`);
      const theirs = picomatch(expandBraces(glob), { dot: true });
      for (const file of PATHS) assert.equal(ours.test(file), theirs(file), `${glob} against ${file}`);
    }
  });

  it('read [!…] as a character not listed (picomatch reads it otherwise)', () => {
    const notA = new RegExp(`^(?:${globSource('docs/[!a].md')})$`);
    assert.equal(notA.test('docs/b.md'), true);
    assert.equal(notA.test('docs/a.md'), false);
  });

  it('expand braces, nested ones too, into globs without any', () => {
    assert.deepEqual(expandBraces('a/{b,c/{d,e}}/f'), ['a/b/f', 'a/c/d/f', 'a/c/e/f']);
    assert.deepEqual(expandBraces('{x,y}{1,2}'), ['x1', 'x2', 'y1', 'y2']);
    assert.deepEqual(expandBraces('plain/**'), ['plain/**']);
  });

  it('exclude a path when a glob matches it or a folder it is in, as files.exclude does', () => {
    const excluded = excludeMatcher(['**/build', 'node_modules', './.cache/', '**/*.tmp.md']);
    assert.equal(excluded('build/docs/a.md'), true);
    assert.equal(excluded('src/build/x.md'), true);
    assert.equal(excluded('node_modules/p/README.md'), true);
    assert.equal(excluded('docs/node_modules/p/README.md'), false, 'no ** before it: the folder at the root only');
    assert.equal(excluded('.cache/r/a.md'), true);
    assert.equal(excluded('notes/x.tmp.md'), true);
    assert.equal(excluded('docs/builder/a.md'), false);
    assert.equal(excluded('docs/a.md'), false);
    assert.equal(excludeMatcher([])('anything.md'), false);
  });
});

describe('.gitignore as globs', () => {
  it('anchors patterns with a slash to their folder, and lets the others match at any depth below it', () => {
    const text = '# caches\n/.cache/\nbuild/\n*.log\n\ndocs/generated\n!docs/generated/keep.md\nweird\\#name\n{a,b}\ntrailing   \n';
    assert.deepEqual(ignoreFileGlobs(text, ''), ['.cache', '**/build', '**/*.log', 'docs/generated', '**/trailing']);
    assert.deepEqual(ignoreFileGlobs('out/\n/tmp\n', 'packages/web'), ['packages/web/**/out', 'packages/web/tmp']);
    const excluded = excludeMatcher(ignoreFileGlobs(text, ''));
    assert.equal(excluded('.cache/x/a.md'), true);
    assert.equal(excluded('docs/.cache/a.md'), false);
    assert.equal(excluded('site/build/a.md'), true);
    assert.equal(excluded('docs/generated/keep.md'), true, 'a negation is not followed: a little more is left out');
  });
});
