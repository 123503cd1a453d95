// Every path and pinned version the launcher uses, so the other modules agree on them.
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');

/** Sources of the in-host suite and where its bundle goes (ignored by git). */
export const SUITE_SRC = path.join(ROOT, 'test/integration');
export const SUITE_OUT = path.join(ROOT, 'dist-test/integration');
export const SUITE_INDEX = path.join(SUITE_OUT, 'index.js');

/** The folder the test workbench opens. */
export const WORKSPACE = path.join(SUITE_SRC, 'workspace');
/** The plans a person starts from; the UI checks open a copy of them (see uiSmoke.ts). */
export const EXAMPLES = path.join(ROOT, 'examples');

/** code-server 4.100.x is the newest that runs on Node 20 (VS Code 1.100). */
export const CODE_SERVER_VERSION = '4.100.3';
export const CODE_SERVER_CACHE = path.join(ROOT, '.vscode-test/code-server');
export const CODE_SERVER_ENTRY = path.join(CODE_SERVER_CACHE, 'node_modules/code-server/out/node/entry.js');

/** Logs and screenshots of the last run, kept for people and CI to look at. */
export const RESULTS_DIR = path.join(ROOT, 'test-results/integration');
export const SCREENSHOT_DIR = path.join(ROOT, 'test-results/screenshots');
/** { passed, failed, skipped } of the whole run, named like the unit suite's test-results/unit.json. */
export const COUNTS_FILE = path.join(ROOT, 'test-results/integration.json');
