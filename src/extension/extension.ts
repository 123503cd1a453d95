import type * as vscode from 'vscode';
import { activateWith } from './activation';
import type { MarkdownPreviewApi } from './markdownPreview';
import { nodeFileSource } from './node/nodeFileSource';
import { nodeReaderSource, nodeSentenceSource } from './node/nodeReaderSource';

// The extension's entry on the Node extension host (package.json "main"): plans on `file:` URIs are
// read with Node's file system (node/nodeFileSource.ts), everything else as on the web; the learned
// reader and the sentence encoder are required from files of their own (node/nodeReaderSource.ts).
export function activate(context: vscode.ExtensionContext): MarkdownPreviewApi {
  return activateWith(context, nodeFileSource, nodeReaderSource, nodeSentenceSource);
}

export function deactivate(): void {
  // Every disposable lives in context.subscriptions; VS Code disposes them.
}
