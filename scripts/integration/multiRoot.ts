// The multi-root workspace the suite's second run opens (test/integration/multi-root/): two folders
// of the fixture workspace, so plans are named by the folder they are in.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { WORKSPACE } from './paths';

const MULTI_ROOT_FOLDERS = ['views', 'language'];

/** Writes the .code-workspace file into the run's folder and returns its path. */
export function writeMultiRootWorkspace(runDir: string): string {
  const file = path.join(runDir, 'multi-root.code-workspace');
  fs.writeFileSync(file, JSON.stringify({ folders: MULTI_ROOT_FOLDERS.map((name) => ({ path: path.join(WORKSPACE, name) })) }, null, 2));
  return file;
}
