import type * as vscode from 'vscode';
import type { IsoDate } from '../../core/calendar/dates';
import type { Finding, Problem } from '../../core/document/findings';
import type { Plan } from '../../core/plan/model';
import type { ParsedPlan } from '../../core/parse/parsePlan';
import type { Analysis } from './analysis';

/** What every view reads of a plan, whether an editor has it open or it is known from disk only. */
export interface PlanView {
  readonly uri: vscode.Uri;
  readonly plan: Plan;
  readonly problems: readonly Problem[];
  readonly findings: readonly Finding[];
  /** The calendar day the findings were made for. */
  readonly today: IsoDate;
}

/** A plan open in an editor: its text's parse, which edits, hovers and code actions work on. */
export interface OpenPlan extends PlanView {
  readonly open: true;
  /** The document version analysed. */
  readonly version: number;
  /** The settings changed since: analysed again when next asked for, whatever the version. */
  readonly stale: boolean;
  readonly parsed: ParsedPlan;
  /** The analysis, which the next keystroke's takes over from (incremental.ts). */
  readonly analysis: Analysis;
}

/**
 * A plan known from disk only: its data, problems and findings, packed while nothing reads them
 * (storedPlan.ts). Its findings carry no fix (fixes apply to an open document) and its body keeps
 * no headings, tasks or comments of its own (its tasks are in the actions of the steps and gaps
 * they belong to). Open the document for its text.
 */
export interface StoredPlan extends PlanView {
  readonly open: false;
}

export type PlanState = OpenPlan | StoredPlan;

export function openPlan(uri: vscode.Uri, version: number, analysis: Analysis, today: IsoDate): OpenPlan {
  const { parsed, findings } = analysis;
  return { open: true, uri, version, stale: false, today, parsed, analysis, plan: parsed.plan, problems: parsed.problems, findings };
}
