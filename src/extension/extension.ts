import * as vscode from 'vscode';
import { Clock } from './services/clock';
import { ConfigStore } from './services/configStore';
import { features } from './features';
import { markdownPreview, type MarkdownPreviewApi } from './markdownPreview';
import { PlanStore } from './services/planStore';

/**
 * Creates the shared services and runs every feature's registration. Nothing is parsed here: plans
 * are parsed when a feature first asks for one.
 */
export function activate(context: vscode.ExtensionContext): MarkdownPreviewApi {
  const clock = new Clock();
  const configs = new ConfigStore();
  const store = new PlanStore(clock, configs);
  context.subscriptions.push(clock, configs, store);
  for (const register of features) register(context, { clock, configs, store });
  // The Markdown preview (contributes.markdown.markdownItPlugins) draws a plan's timeline with this.
  return markdownPreview(() => clock.today());
}

export function deactivate(): void {
  // Every disposable lives in context.subscriptions; VS Code disposes them.
}
