import * as vscode from 'vscode';
import { Clock } from './clock';
import { features } from './features';
import { PlanStore } from './planStore';

/**
 * Creates the shared services and runs every feature's registration. Nothing is parsed here: plans
 * are parsed when a feature first asks for one.
 */
export function activate(context: vscode.ExtensionContext): void {
  const clock = new Clock();
  const store = new PlanStore(clock);
  context.subscriptions.push(clock, store);
  for (const register of features) register(context, { clock, store });
}

export function deactivate(): void {
  // Every disposable lives in context.subscriptions; VS Code disposes them.
}
