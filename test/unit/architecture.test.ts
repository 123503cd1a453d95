import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { LAYER_OF, partOf } from '../../scripts/architecture/layers';

const root = path.resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sourceFiles(file) : file.endsWith('.ts') ? [file] : [];
  });
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((match) => match[1] ?? match[2] ?? match[3] ?? match[4]);
}

/** The source files a file imports (type imports too), resolved to paths. */
function localImportsOf(file: string): string[] {
  return importsOf(file)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => path.resolve(path.dirname(file), spec))
    .flatMap((target) => [`${target}.ts`, path.join(target, 'index.ts'), target].filter((candidate) => candidate.endsWith('.ts') && existsSync(candidate)).slice(0, 1));
}

/** Files that import each other in a loop, each loop as its files (Tarjan's strongly connected components). */
function importLoops(files: readonly string[]): string[][] {
  const edges = new Map(files.map((file) => [file, localImportsOf(file)]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const loops: string[][] = [];
  const visit = (file: string) => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    for (const next of edges.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (stack.includes(next)) low.set(file, Math.min(low.get(file)!, index.get(next)!));
    }
    if (low.get(file) === index.get(file)) {
      const loop: string[] = [];
      let member: string;
      do loop.push((member = stack.pop()!));
      while (member !== file);
      if (loop.length > 1 || edges.get(file)?.includes(file)) loops.push(loop.map((each) => path.relative(root, each)).sort());
    }
  };
  for (const file of files) if (!index.has(file)) visit(file);
  return loops;
}

describe('architecture', () => {
  it('src/core never imports vscode, so the core runs in the CLI and in tests', () => {
    const offenders = sourceFiles(path.join(root, 'src/core')).filter((file) => importsOf(file).includes('vscode'));
    assert.deepEqual(offenders.map((file) => path.relative(root, file)), []);
  });

  it('dependencies point inward: core imports neither the extension nor the CLI', () => {
    const offenders = sourceFiles(path.join(root, 'src/core')).filter((file) =>
      importsOf(file).some((spec) => /(^|\/)(extension|cli)(\/|$)/.test(spec) && spec.startsWith('.')),
    );
    assert.deepEqual(offenders.map((file) => path.relative(root, file)), []);
  });

  it('rules import nothing from lint: lint runs the rules, never the other way round', () => {
    const offenders = sourceFiles(path.join(root, 'src/core/rules')).filter((file) => importsOf(file).some((spec) => /^\.\.\/lint(\/|$)/.test(spec)));
    assert.deepEqual(offenders.map((file) => path.relative(root, file)), []);
  });

  it('the remark plugin reaches the core only through the library, whose bundle it loads (esbuild.js)', () => {
    const offenders = sourceFiles(path.join(root, 'src/remark')).filter((file) => importsOf(file).some((spec) => spec === 'vscode' || /(^|\/)(core|extension)(\/|$)/.test(spec)));
    assert.deepEqual(offenders.map((file) => path.relative(root, file)), []);
  });

  it('the CLI does not import the extension', () => {
    const offenders = sourceFiles(path.join(root, 'src/cli')).filter((file) => importsOf(file).some((spec) => spec === 'vscode' || /\/extension(\/|$)/.test(spec)));
    assert.deepEqual(offenders.map((file) => path.relative(root, file)), []);
  });

  it('no file imports itself through others: the import graph of src has no loop', () => {
    assert.deepEqual(importLoops(sourceFiles(path.join(root, 'src'))), []);
  });

  it('src/core keeps no state between calls: no module-level variable, and no module-level empty Map or Set filled later', () => {
    // A cache belongs to whoever calls (see readCache.ts); lookup tables built full at load are fine.
    const MUTABLE = /^(?:export\s+)?(?:let|var)\s|^(?:export\s+)?const\s+\w+\s*(?::[^=]+)?=\s*new\s+(?:Weak)?(?:Map|Set)\s*(?:<[^>]*>)?\(\s*\)/m;
    const offenders = sourceFiles(path.join(root, 'src/core')).filter((file) => MUTABLE.test(readFileSync(file, 'utf8')));
    assert.deepEqual(offenders.map((file) => path.relative(root, file)), []);
  });

  it('the parts stand in layers: each imports only parts on lower layers, or itself (scripts/architecture/layers.ts)', () => {
    const files = sourceFiles(path.join(root, 'src'));
    const unplaced = files.map((file) => path.relative(root, file)).filter((file) => !LAYER_OF.has(partOf(file) ?? ''));
    assert.deepEqual(unplaced, [], 'every file of src is in a part that layers.ts places');
    const upward: string[] = [];
    for (const file of files) {
      const from = partOf(path.relative(root, file))!;
      for (const target of localImportsOf(file)) {
        const to = partOf(path.relative(root, target));
        if (to === undefined || to === from) continue;
        if (LAYER_OF.get(to)! >= LAYER_OF.get(from)!) upward.push(`${path.relative(root, file)} -> ${path.relative(root, target)}`);
      }
    }
    assert.deepEqual(upward, []);
  });
});
