import * as vscode from 'vscode';
import type { Feature } from './feature';
import type { PlanState } from './services/planState';
import { toDiagnostic } from './services/convert';
import { isInTabs, urisInTabs } from './services/editorTabs';
import { readSettings } from './services/settings';

const TYPING_DELAY_MS = 300;

/**
 * Findings of the plans open in the editor in the Problems panel, kept current while typing
 * (debounced per document) or only on open and save (`careerPlan.lint.onType: false`), and when a
 * configuration file changes (the store lints the plans again and fires onDidChange). Cleared
 * when a plan's last tab closes or it stops being a plan. Plans not open in a tab are the "Lint
 * workspace" command's.
 */
export const registerDiagnostics: Feature = (context, { store }) => {
  const collection = vscode.languages.createDiagnosticCollection('career-plan');
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const shown = new Map<string, PlanState>();
  /** Documents changed since they were saved, while lint-on-type is off. */
  const unsaved = new Set<string>();

  const cancel = (key: string) => {
    const timer = timers.get(key);
    if (timer) clearTimeout(timer);
    timers.delete(key);
  };

  const clear = (document: vscode.TextDocument) => {
    const key = document.uri.toString();
    cancel(key);
    shown.delete(key);
    unsaved.delete(key);
    collection.delete(document.uri);
  };

  const refresh = (document: vscode.TextDocument, version: number) => {
    const key = document.uri.toString();
    timers.delete(key);
    // A newer change has its own timer coming; closed documents have nothing to show.
    if (document.isClosed || document.version !== version) return;
    if (!isInTabs(document.uri)) return clear(document);
    const state = store.get(document);
    if (!state) return clear(document);
    // Findings without the plan's configuration files could differ from the CLI's: the store lints
    // it again once they are read, and onDidChange brings it back here.
    if (!state.configured) return;
    if (state.version !== document.version || shown.get(key) === state) return;
    shown.set(key, state);
    collection.set(document.uri, state.findings.map((finding) => toDiagnostic(finding, context.extensionUri)));
  };

  const schedule = (document: vscode.TextDocument, delay: number) => {
    const key = document.uri.toString();
    cancel(key);
    const version = document.version;
    timers.set(key, setTimeout(() => refresh(document, version), delay));
  };

  context.subscriptions.push(
    collection,
    { dispose: () => [...timers.keys()].forEach(cancel) },
    vscode.workspace.onDidOpenTextDocument((document) => schedule(document, 0)),
    vscode.workspace.onDidChangeTextDocument(({ document, contentChanges }) => {
      if (contentChanges.length === 0) return;
      if (readSettings(document.uri).lintOnType) schedule(document, TYPING_DELAY_MS);
      else unsaved.add(document.uri.toString());
    }),
    vscode.workspace.onDidSaveTextDocument((document) => {
      unsaved.delete(document.uri.toString());
      schedule(document, 0);
    }),
    vscode.workspace.onDidCloseTextDocument(clear),
    vscode.window.tabGroups.onDidChangeTabs(({ opened, closed }) => {
      if (opened.length === 0 && closed.length === 0) return;
      const inTabs = urisInTabs();
      for (const document of vscode.workspace.textDocuments) {
        const key = document.uri.toString();
        if (inTabs.has(key) && !shown.has(key)) schedule(document, 0);
        else if (!inTabs.has(key) && shown.has(key)) clear(document);
      }
    }),
    // Settings, the day or another plan changed: re-show what is not waiting for its own timer.
    store.onDidChange(() => {
      for (const document of vscode.workspace.textDocuments) {
        const key = document.uri.toString();
        if (!timers.has(key) && !unsaved.has(key)) refresh(document, document.version);
      }
    }),
  );
  // Documents already open when the extension starts, linted just after activation, not during it.
  for (const document of vscode.workspace.textDocuments) schedule(document, 0);
};
