import * as vscode from 'vscode';
import type { Plan } from '../../core/plan/model';
import { parsePlan } from '../../core/parse/parsePlan';
import type { PlanStore } from '../services/planStore';

/**
 * A plan as it now reads: the open document if there is one (through the store, so it is parsed
 * once per version), else what the store read from disk, else the file itself. A file the store
 * does not count as a plan is still read, since the person asked for it by name.
 */
export async function readPlan(store: PlanStore, uri: vscode.Uri): Promise<Plan | undefined> {
  const key = uri.toString();
  const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === key);
  if (document) return store.get(document)?.plan ?? parsePlan(document.getText()).plan;
  const known = store.plans().find((state) => state.uri.toString() === key);
  if (known) return known.plan;
  try {
    return parsePlan(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri))).plan;
  } catch {
    return undefined;
  }
}

/**
 * A plan and its text as it now reads (the open document, else the file), for what needs the body
 * as written too: the history reads the review entries from it.
 */
export async function readPlanAndText(store: PlanStore, uri: vscode.Uri): Promise<{ plan: Plan; text: string } | undefined> {
  const key = uri.toString();
  const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === key);
  if (document) {
    const text = document.getText();
    return { plan: store.get(document)?.plan ?? parsePlan(text).plan, text };
  }
  try {
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    return { plan: parsePlan(text).plan, text };
  } catch {
    return undefined;
  }
}

/** The file name without its folders, as titles and calendar UIDs use it. */
export function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
