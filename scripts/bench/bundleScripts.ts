import * as esbuild from 'esbuild';

/**
 * Bundles the bench's measuring scripts into `outdir` the one way every measurement uses: minified,
 * one CommonJS file each, as the extension's production build is, so what is timed or counted is
 * the code that ships. `vscode` stays external: docsWorkspace.ts registers its stand-in.
 */
export async function bundleScripts(entryPoints: Record<string, string>, outdir: string): Promise<void> {
  await esbuild.build({
    entryPoints,
    outdir,
    bundle: true,
    external: ['vscode'],
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    minify: true,
    logLevel: 'warning',
    banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': 'importMetaUrl' },
  });
  await esbuild.stop();
}
