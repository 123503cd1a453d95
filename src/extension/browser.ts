// The web extension's entry (package.json "browser"): the same features as on the desktop, for the
// web worker extension host of vscode.dev and code-server, reading files (and the learned reader's
// table, dist/web/reader-table.json) through workspace.fs. Only
// the extension is bundled here; the CLI and its file-system code, and the Node host's file reader,
// never reach this bundle. esbuild.js swaps the few Node modules the extension's code imports for
// web stand-ins (see src/extension/web/).
import type * as vscode from 'vscode';
import { activateWith } from './activation';
import type { MarkdownPreviewApi } from './markdownPreview';
import { workspaceFileSource } from './services/fileSource';
import { workspaceReaderSource } from './services/learnedReaderSource';

export function activate(context: vscode.ExtensionContext): MarkdownPreviewApi {
  return activateWith(context, workspaceFileSource, workspaceReaderSource(context.extensionUri));
}

export function deactivate(): void {
  // Every disposable lives in context.subscriptions; VS Code disposes them.
}
