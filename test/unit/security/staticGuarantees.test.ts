import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import manifest from '../../../package.json';
import offline from '../../../scripts/offline-bundle.cjs';

/**
 * What can be checked without running anything: the shipped code (every bundle, dependencies
 * included) contains no way to evaluate a string as code, to reach the network or another process,
 * or to send telemetry; the extension's own code reads and writes files only through
 * `vscode.workspace.fs`, but for the Node host's reader of `file:` URIs, which only reads and is not in
 * the web bundle; and the manifest says so (workspace trust, virtual workspaces).
 */
const root = path.resolve(__dirname, '../../..');
/** The Node extension host's own code, which only its entry imports. */
const NODE_ONLY = 'src/extension/node/';
/** The git extension's API names a file by its path on disk: the history reader hands it the paths of `file:` URIs, and reads nothing itself. */
const GIT_API_READER = 'src/extension/timeline/gitVersions.ts';
const NODE_ENTRY = 'src/extension/extension.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sourceFiles(file) : file.endsWith('.ts') ? [file] : [];
  });
}

/** The programs that ship, bundled with everything they import, as esbuild.js builds them (minus its file layout). */
async function bundles(): Promise<{ name: string; code: string }[]> {
  const common: esbuild.BuildOptions = { absWorkingDir: root, bundle: true, write: false, logLevel: 'silent', external: ['vscode'] };
  // The Node bundles with esbuild.js's options that replace network modules and globals by ones that refuse.
  const node: esbuild.BuildOptions = { ...common, ...offline, platform: 'node' };
  const builds = await Promise.all([
    esbuild.build({ ...node, entryPoints: ['src/extension/extension.ts'], format: 'cjs', define: { 'import.meta.url': '""' } }),
    esbuild.build({ ...node, entryPoints: ['src/cli/main.ts'], format: 'cjs', define: { 'import.meta.url': '""' } }),
    esbuild.build({ ...node, entryPoints: ['src/lib/index.ts'], format: 'cjs', define: { 'import.meta.url': '""' } }),
    esbuild.build({ ...node, entryPoints: ['src/remark/index.ts'], format: 'esm' }),
    esbuild.build({
      ...common,
      entryPoints: ['src/extension/browser.ts'],
      platform: 'browser',
      conditions: ['worker'],
      alias: { 'node:path': 'path-browserify', 'node:crypto': './src/extension/web/crypto.ts' },
      inject: ['src/extension/web/globals.ts'],
    }),
  ]);
  return builds.map((build, i) => ({ name: ['extension', 'cli', 'library', 'remark plugin', 'web extension'][i], code: build.outputFiles![0].text }));
}

/** Ways to run a string as code, talk to the network or another process, or report usage, each with a line it must catch. */
const FORBIDDEN: readonly [string, RegExp, string][] = [
  ['eval', /(?<![\w$.])eval\s*\(/, 'return eval(src)'],
  ['the Function constructor', /(?<![\w$])(new\s+)?Function\s*\(\s*["'`a-z]/, 'new Function("return 1")'],
  ['the vm module', /require\(["'](node:)?vm["']\)/, 'require("node:vm")'],
  ['a child process', /require\(["'](node:)?child_process["']\)/, 'require("child_process")'],
  ['worker threads', /require\(["'](node:)?worker_threads["']\)/, 'require("worker_threads")'],
  ['a network module', /require\(["'](node:)?(http|https|http2|net|tls|dgram|dns)["']\)/, 'require("https")'],
  ['fetch', /(?<![\w$.])fetch\s*\(/, 'await fetch(url)'],
  ['XMLHttpRequest or WebSocket', /\b(XMLHttpRequest|WebSocket|EventSource)\b/, 'new WebSocket(u)'],
  ['navigator.sendBeacon', /sendBeacon/, 'navigator.sendBeacon(u, d)'],
  ['a telemetry reporter', /createTelemetryLogger|TelemetryReporter|applicationinsights|isTelemetryEnabled/i, 'vscode.env.createTelemetryLogger(sender)'],
];

describe('security: static guarantees', function () {
  this.timeout(60_000);

  it('the patterns catch what they look for', () => {
    for (const [what, pattern, sample] of FORBIDDEN) assert.match(sample, pattern, what);
  });

  it('no shipped bundle can evaluate code, reach the network or another process, or send telemetry', async () => {
    for (const { name, code } of await bundles()) {
      for (const [what, pattern] of FORBIDDEN) {
        if (name === 'cli' && what === 'a child process') continue;
        const match = pattern.exec(code);
        assert.equal(match, null, `the ${name} bundle uses ${what}: …${match ? code.slice(Math.max(0, match.index - 80), match.index + 80) : ''}…`);
      }
    }
  });

  it('the CLI starts one process, git, with an argument array and no shell (timeline --history, issue 20)', async () => {
    const cli = (await bundles()).find((bundle) => bundle.name === 'cli')!.code;
    const uses = [...cli.matchAll(/\bimport_(?:node_)?child_process\d*\.(\w+)/g)].map((match) => match[1]);
    assert.deepEqual([...new Set(uses)], ['execFile']);
    assert.equal([...cli.matchAll(/require\(["'](node:)?child_process["']\)/g)].length, 1);
    assert.match(cli, /\.execFile\)\("git", args, \{/);
    assert.doesNotMatch(cli, /\bshell:\s*(true|["'])/);
  });

  it('the extension reads and writes files only through vscode.workspace.fs (so virtual workspaces work), but for the Node host\'s reader', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(path.join(root, 'src/extension'))) {
      const relative = path.relative(root, file);
      const text = readFileSync(file, 'utf8');
      // The Node host's reader (issue 23) reads `file:` URIs with Node's fs, and only reads; the
      // Node host's other files (the learned reader's source) use no fs at all.
      if (relative.startsWith(NODE_ONLY)) {
        if (!/\bfs\./.test(text)) continue;
        if (/\bfs\.(?!open\b|read\b|readFile\b|closeSync\b)\w+/.test(text)) offenders.push(`${relative} calls an fs function other than open, read, readFile and closeSync`);
        if (/\bfs\.open\([^)]*['"](?!r['"])[a-z+]+['"]/.test(text)) offenders.push(`${relative} opens a file other than for reading`);
        if (!/scheme === 'file'/.test(text)) offenders.push(`${relative} does not check the URI's scheme before reading it with fs`);
        continue;
      }
      if (/from\s+['"](node:)?(fs|fs\/promises)['"]|require\(['"](node:)?fs/.test(text)) offenders.push(`${relative} imports fs`);
      if (/\.fsPath\b/.test(text) && !(relative === GIT_API_READER && /scheme !== 'file'/.test(text))) offenders.push(`${relative} uses Uri.fsPath`);
      // node:path is only for text like a relative label, never to build a file's location from a URI.
      if (/path\.(join|resolve)\(/.test(text) && /from\s+['"](node:)?path['"]/.test(text)) offenders.push(`${relative} joins file paths`);
      if (/from\s+['"][./]*node\//.test(text) && relative !== NODE_ENTRY) offenders.push(`${relative} imports the Node host's reader: only ${NODE_ENTRY} may`);
    }
    assert.deepEqual(offenders, []);
  });

  it('the web extension bundle holds no Node file system', async () => {
    const web = (await bundles()).find((bundle) => bundle.name === 'web extension')!;
    assert.doesNotMatch(web.code, /require\(["'](node:)?fs(\/promises)?["']\)|\bfs\.(open|read)\(/);
  });

  it('declares support for untrusted and virtual workspaces', () => {
    const capabilities = (manifest as { capabilities?: unknown }).capabilities;
    assert.deepEqual(capabilities, { untrustedWorkspaces: { supported: true }, virtualWorkspaces: true });
  });
});
