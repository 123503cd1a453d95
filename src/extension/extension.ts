import type * as vscode from 'vscode';
import { activateWith } from './activation';
import type { MarkdownPreviewApi } from './markdownPreview';
import { nodeFileSource } from './node/nodeFileSource';
import { nodeReaderSource } from './node/nodeReaderSource';

// The extension's entry on the Node extension host (package.json "main"): plans on `file:` URIs are
// read with Node's file system (node/nodeFileSource.ts), everything else as on the web; the learned
// reader is required from its own file (node/nodeReaderSource.ts).
export function activate(context: vscode.ExtensionContext): MarkdownPreviewApi {
  return activateWith(context, nodeFileSource, nodeReaderSource);
}

export function deactivate(): void {
  // Every disposable lives in context.subscriptions; VS Code disposes them.
}
