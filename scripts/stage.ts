// A copy of the work tree to build and package in, for `npm run package` (the .vsix) and the npm
// package's test (`npm pack`): the dist/ that tests and the editor load from is left alone, and
// nothing a development build left there can slip into a package.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..');

/** Top-level entries not copied: build output, caches and dependencies (linked instead). */
const NOT_COPIED = new Set(['.git', 'node_modules', 'dist', 'dist-test', 'out', '.vscode-test', 'test-results']);

/** A fresh temporary copy of the work tree without build output; its node_modules is a link to this one's. The caller deletes it. */
export function stageWorkTree(): string {
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'career-plan-package-'));
  for (const entry of fs.readdirSync(ROOT)) {
    if (NOT_COPIED.has(entry) || entry.endsWith('.vsix') || entry.endsWith('.tgz')) continue;
    fs.cpSync(path.join(ROOT, entry), path.join(staging, entry), { recursive: true });
  }
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(staging, 'node_modules'));
  return staging;
}
