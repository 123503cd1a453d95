import * as vscode from 'vscode';
import { features } from './features';

/** Runs every feature's registration; each one puts its disposables into the context. */
export function activate(context: vscode.ExtensionContext): void {
  for (const register of features) register(context);
}

export function deactivate(): void {
  // Every disposable lives in context.subscriptions; VS Code disposes them.
}
