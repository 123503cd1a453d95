import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { docsPath } from '../core/rules/registry';

/**
 * The folder the rule pages are under, found from the CLI's own file upward (dist/cli.js in a build
 * or an installed package, src/cli/ when run from the sources), or undefined when they did not come
 * along. The pages are local files: the project has no web address to point at.
 */
export function packageRoot(): string | undefined {
  for (let dir = __dirname, up = 0; up < 4; dir = path.dirname(dir), up++) {
    if (existsSync(path.join(dir, 'docs', 'rules', 'README.md'))) return dir;
  }
  return undefined;
}

/** A rule page's absolute path, when the pages are there. */
export function rulePage(root: string | undefined, ruleId: string): string | undefined {
  return root === undefined ? undefined : path.join(root, docsPath({ id: ruleId }));
}
