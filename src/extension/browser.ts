// The web extension's entry (package.json "browser"): the same features as on the desktop, for the
// web worker extension host of vscode.dev and code-server. Only the extension is bundled here; the
// CLI and its file-system code never reach this bundle. esbuild.js swaps the few Node modules
// the extension's code imports for web stand-ins (see src/extension/web/).
export { activate, deactivate } from './extension';
