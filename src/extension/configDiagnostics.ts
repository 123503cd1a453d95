import * as vscode from 'vscode';
import { CONFIG_FILE_NAME } from '../core/config/fileNames';
import type { Feature } from './feature';
import { DIAGNOSTIC_SOURCE, toRange } from './services/convert';

/**
 * Mistakes in `.career-plan.json` files in the Problems panel, on the file itself, at the key or
 * value concerned: the same mistakes, with the same words, that make the CLI stop with exit 2. A
 * file is checked once a plan below it is linted or it is opened, and again when it is saved.
 */
export const registerConfigDiagnostics: Feature = (context, { configs, store }) => {
  const collection = vscode.languages.createDiagnosticCollection('career-plan-config');

  const refresh = () => {
    collection.clear();
    collection.set(
      configs.configFiles().map(({ uri, problems }) => [
        uri,
        problems.map((problem) => {
          const diagnostic = new vscode.Diagnostic(toRange(problem.range), problem.message, vscode.DiagnosticSeverity.Error);
          diagnostic.source = DIAGNOSTIC_SOURCE;
          return diagnostic;
        }),
      ]),
    );
  };
  // The configuration of a file in the config's folder is that folder's and those above: reading it reads the config.
  const opened = (document: vscode.TextDocument) => {
    if (document.uri.path.endsWith(`/${CONFIG_FILE_NAME}`)) void configs.load(document.uri).then(refresh);
  };

  context.subscriptions.push(
    collection,
    configs.onDidChange(refresh),
    // A scan of the workspace reads configuration files without a change to tell of.
    store.onDidChange(refresh),
    vscode.workspace.onDidOpenTextDocument(opened),
  );
  vscode.workspace.textDocuments.forEach(opened);
};
