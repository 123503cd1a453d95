import * as vscode from 'vscode';
import { stepCountdown } from '../core/annotate/stepLens';
import type { Plan } from '../core/plan/model';
import type { Range } from '../core/document/range';
import type { Feature } from './feature';
import { MARKDOWN, toRange } from './services/convert';

/**
 * The plan's outline: its goal, steps, gaps, key moments and target companies, so the Outline view
 * and the breadcrumbs can show and jump to them (next to the Markdown headings VS Code lists).
 */
export const registerSymbols: Feature = (context, { store, clock }) => {
  const provider: vscode.DocumentSymbolProvider = {
    provideDocumentSymbols(document) {
      const state = store.get(document);
      return state ? planSymbols(state.parsed.plan, clock.today()) : [];
    },
  };
  context.subscriptions.push(vscode.languages.registerDocumentSymbolProvider(MARKDOWN, provider, { label: 'Career Plan' }));
};

function planSymbols(plan: Plan, today: string): vscode.DocumentSymbol[] {
  const result: vscode.DocumentSymbol[] = [];
  if (plan.goal) {
    const range = plan.target ? union([plan.goal.range, plan.target.range]) : plan.goal.range;
    result.push(symbol(plan.goal.value, plan.target ? `goal · ${plan.target.value}` : 'goal', vscode.SymbolKind.Module, range, plan.goal.range));
  }
  const steps = plan.steps.map((step) =>
    symbol(step.title.value, stepCountdown(step, today), vscode.SymbolKind.Event, step.range, step.title.range),
  );
  const gaps = plan.gaps.map((gap, rank) =>
    symbol(gap.title.value, rank === 0 && gap.status !== 'closed' ? `${gap.status} · focus` : gap.status, vscode.SymbolKind.Field, gap.range, gap.title.range),
  );
  const moments = plan.moments.map((moment) =>
    symbol(moment.title.value, [moment.kind, moment.date?.value].filter(Boolean).join(' · '), vscode.SymbolKind.Event, moment.range, moment.title.range),
  );
  const companies = plan.companies.map((company) =>
    symbol(company.name.value, company.priority?.value ?? '', vscode.SymbolKind.Class, company.range, company.name.range),
  );
  for (const [name, range, children] of [
    ['Steps', plan.stepsRange, steps],
    ['Gaps', plan.gapsRange, gaps],
    ['Key moments', undefined, moments],
    ['Companies', undefined, companies],
  ] as const) {
    if (children.length === 0) continue;
    const full = range ? toRange(range) : union(children.map((child) => child.range));
    const group = symbol(name, `${children.length}`, vscode.SymbolKind.Array, full, new vscode.Range(full.start, full.start));
    group.children = [...children];
    result.push(group);
  }
  return result;
}

type AnyRange = Range | vscode.Range;

function symbol(name: string, detail: string, kind: vscode.SymbolKind, range: AnyRange, selection: AnyRange): vscode.DocumentSymbol {
  const full = asVscode(range);
  const picked = asVscode(selection);
  // VS Code rejects a symbol whose name is blank or whose selection lies outside its range.
  return new vscode.DocumentSymbol(name.trim() || '(untitled)', detail, kind, full, full.contains(picked) ? picked : full);
}

function asVscode(range: AnyRange): vscode.Range {
  return range instanceof vscode.Range ? range : toRange(range);
}

function union(ranges: readonly AnyRange[]): vscode.Range {
  return ranges.map(asVscode).reduce((a, b) => a.union(b));
}
