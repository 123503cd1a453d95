import type * as vscode from 'vscode';
import { Clock } from './services/clock';
import { ConfigStore } from './services/configStore';
import { features } from './features';
import { markdownPreview, type MarkdownPreviewApi } from './markdownPreview';
import type { FileSource } from './services/fileSource';
import type { LearnedReaderSource, SentenceSource } from './services/learnedReaderSource';
import { PlanStore } from './services/planStore';

/**
 * Creates the shared services and runs every feature's registration, on either host: each entry
 * (extension.ts for Node, browser.ts for the web worker) passes the file source and the learned
 * reader's sources it can have (the web worker has no sentence encoder). Nothing is parsed here: plans are parsed when a feature first asks for one.
 */
export function activateWith(context: vscode.ExtensionContext, files: FileSource, readerSource: LearnedReaderSource, sentenceSource?: SentenceSource): MarkdownPreviewApi {
  const clock = new Clock();
  const configs = new ConfigStore();
  const store = new PlanStore(clock, configs, files, readerSource, sentenceSource);
  context.subscriptions.push(clock, configs, store);
  for (const register of features) register(context, { clock, configs, store });
  // The Markdown preview (contributes.markdown.markdownItPlugins) draws a plan's timeline with this.
  return markdownPreview(() => clock.today());
}
