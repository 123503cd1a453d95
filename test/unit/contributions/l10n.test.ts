// The extension's own messages go through vscode.l10n.t; l10n/bundle.l10n.json lists them for
// translators and must list exactly the strings the code asks for (npm run l10n regenerates it).
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { getL10nJson } from '@vscode/l10n-dev';

const ROOT = path.resolve(__dirname, '../../..');
const SOURCES = path.join(ROOT, 'src/extension');

describe('l10n bundle', () => {
  it('l10n/bundle.l10n.json holds every vscode.l10n.t string of src/extension, and no other', async function () {
    // The extractor parses with tree-sitter, whose WebAssembly takes a few seconds to start.
    this.timeout(30_000);
    const files = readdirSync(SOURCES, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
    const extracted = await getL10nJson(files.map((file) => ({ extension: '.ts', contents: readFileSync(path.join(SOURCES, file), 'utf8') })));
    const committed = JSON.parse(readFileSync(path.join(ROOT, 'l10n/bundle.l10n.json'), 'utf8'));
    assert.deepEqual(Object.keys(committed).sort(), Object.keys(extracted).sort());
  });

  it('package.json points VS Code at the bundle folder', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.equal(path.resolve(ROOT, manifest.l10n), path.join(ROOT, 'l10n'));
  });
});
