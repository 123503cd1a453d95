// Bundles the extension and the CLI. Type checking is separate (`npm run typecheck`).
const esbuild = require('esbuild');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

// Some ESM dependencies read import.meta.url, which a CommonJS bundle lacks: give them the file's URL.
const importMetaUrl = "const importMetaUrl = require('url').pathToFileURL(__filename).href;";

/** Each entry is one artefact in dist/. */
const entries = [
  { entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], banner: { js: importMetaUrl } },
  { entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: `#!/usr/bin/env node\n${importMetaUrl}` } },
];

async function main() {
  const contexts = await Promise.all(
    entries.map((entry) =>
      esbuild.context({
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        minify: production,
        sourcemap: !production,
        sourcesContent: false,
        logLevel: 'warning',
        define: { 'import.meta.url': 'importMetaUrl' },
        ...entry,
      }),
    ),
  );
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
