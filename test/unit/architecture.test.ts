import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sourceFiles(file) : file.endsWith('.ts') ? [file] : [];
  });
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((match) => match[1] ?? match[2] ?? match[3]);
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
});
