// What the milestones view, status bar and command suites share: the extension's internal snapshot
// commands, polling (the store tells listeners a moment after a change), and the views fixture.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { chooseCountdown, type Countdown, type PlanInput } from '../../src/core/schedule/countdown';
import { daysBetween, localToday, type IsoDate } from '../../src/core/calendar/dates';
import { looksLikePlan } from '../../src/core/format/detect';
import { parsePlan } from '../../src/core/parse/parsePlan';

import { eventually } from './helpers';

// Suites take it from here with the rest of their helpers.
export { eventually };

export const TREE_SNAPSHOT = 'careerPlan.debug.treeSnapshot';
export const STATUS_BAR_SNAPSHOT = 'careerPlan.debug.statusBar';

/** A row of the milestones view as the snapshot command returns it (node: the view's own object). */
export interface Row {
  label: string;
  description: string;
  contextValue?: string;
  tooltip?: string | vscode.MarkdownString;
  command?: vscode.Command;
  node: unknown;
  children: Row[];
}

export interface StatusBarSnapshot {
  visible: boolean;
  text: string;
  tooltip?: string;
  background?: string;
  tooltipTrusted: boolean;
  command?: vscode.Command;
  /** The "Review due" item beside the countdown. */
  review?: { visible: boolean; text: string; tooltip?: string; command?: vscode.Command };
}

/** The extension's clock is the local calendar day, unpinned in these runs. */
export const today = (): IsoDate => localToday();
export const daysTo = (date: IsoDate): number => daysBetween(today(), date);

export function workspaceUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, relative);
}

export const VIEWS_PLAN = 'views/milestones.plan.md';

export async function treeRows(): Promise<Row[]> {
  return (await vscode.commands.executeCommand<Row[]>(TREE_SNAPSHOT)) ?? [];
}

/** The view's roots, once it shows a plan with each of these labels (the store scans asynchronously). */
export function rootsWith(...labels: string[]): Promise<Row[]> {
  return eventually(async () => {
    const rows = await treeRows();
    return labels.every((label) => rows.some((r) => r.label === label)) ? rows : undefined;
  }, `the plans ${labels.join(', ')} in the view`);
}

/** Resolves once the view shows no plan with this label. */
export function rootGone(label: string, what: string, ms?: number): Promise<true> {
  return eventually(async () => ((await treeRows()).some((r) => r.label === label) ? undefined : true), what, ms);
}

export async function statusBar(): Promise<StatusBarSnapshot> {
  const snapshot = await vscode.commands.executeCommand<StatusBarSnapshot>(STATUS_BAR_SNAPSHOT);
  assert.ok(snapshot, 'the status bar snapshot command returned nothing');
  return snapshot;
}

/** The row with this label among `rows`, failing with the labels there are. */
export function row(rows: readonly Row[], label: string): Row {
  const found = rows.find((r) => r.label === label);
  assert.ok(found, `no row "${label}" among: ${rows.map((r) => r.label).join(' | ')}`);
  return found;
}

/** Labels and descriptions of rows, for compact comparisons. */
export function shown(rows: readonly Row[]): string[] {
  return rows.map((r) => (r.description ? `${r.label} — ${r.description}` : r.label));
}

/** Opens a plan of the fixture workspace in an editor. */
export async function openWorkspacePlan(relative: string): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceUri(relative)));
}

let untitledCount = 0;

/**
 * Opens a new untitled Markdown document with this text, under a name of its own: VS Code reuses
 * `Untitled-N` names, and the extension host may still hold the closed document of that name.
 */
export async function openUntitled(content: string): Promise<vscode.TextEditor> {
  const uri = vscode.Uri.from({ scheme: 'untitled', path: `/views-test-${Date.now()}-${++untitledCount}.md` });
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), content));
  assert.equal(editor.document.languageId, 'markdown');
  return editor;
}

/** Throws away the active editor's unsaved changes and closes it. */
export async function discardActiveEditor(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

/** The one line `after` has that `before` lacks, with its line number; fails when they differ otherwise. */
export function insertedLine(before: string, after: string): { line: number; text: string } {
  const a = before.split('\n');
  const b = after.split('\n');
  assert.equal(b.length, a.length + 1, `expected exactly one more line:\n${after}`);
  const at = a.findIndex((text, i) => text !== b[i]);
  const line = at === -1 ? a.length : at;
  assert.deepEqual([...b.slice(0, line), ...b.slice(line + 1)], a, 'lines other than the inserted one changed');
  return { line, text: b[line] };
}

/**
 * The countdown the extension should show over the workspace's plans (and any extra plan texts,
 * such as open untitled ones), worked out with the core on the files themselves.
 */
export async function expectedCountdown(extra: readonly string[] = []): Promise<Countdown<string> | undefined> {
  const files = await vscode.workspace.findFiles('**/*.md', '**/node_modules/**');
  const plans: PlanInput<string>[] = [];
  for (const uri of files) {
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    if (looksLikePlan(text) || /(\.plan|\/career-plan[^/]*)\.md$/.test(uri.path)) plans.push({ key: uri.toString(), plan: parsePlan(text).plan });
  }
  extra.forEach((text, i) => plans.push({ key: `extra ${i}`, plan: parsePlan(text).plan }));
  return chooseCountdown(plans, today(), 14);
}
