import * as vscode from 'vscode';
import type { Finding } from '../core/document/findings';
import { combineFixes } from '../core/fixes/combineFixes';
import { disableForLine } from '../core/fixes/disableForLine';
import type { OpenPlan } from './services/planState';
import type { Feature } from './feature';
import { MAKE_GOAL_SMART_COMMAND } from './commands/makeGoalSmart';
import { START_REVIEW_COMMAND } from './commands/startReview';
import { docsUri, findingOf, MARKDOWN, toWorkspaceEdit } from './services/convert';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('careerPlan');

/**
 * Quick fixes for the findings under the cursor: the finding's own fix, fixing every finding of
 * that rule in the file, its suggestions, a comment that disables the rule for the line, and the
 * rule's documentation. `source.fixAll.careerPlan` applies every fix in the file; suggestions are
 * guesses, offered one at a time and never applied with the rest.
 */
export const registerCodeActions: Feature = (context, { store }) => {
  const provider: vscode.CodeActionProvider = {
    provideCodeActions(document, _range, request) {
      const state = store.get(document);
      if (!state || state.version !== document.version) return undefined;
      const actions: vscode.CodeAction[] = [];
      if (wants(request.only, vscode.CodeActionKind.QuickFix)) {
        for (const diagnostic of request.diagnostics) {
          const finding = findingOf(diagnostic, state.findings);
          if (finding) actions.push(...quickFixes(document, state, finding, diagnostic, context.extensionUri));
        }
      }
      if (wantsFixAll(request)) {
        const all = fixAll(document, state.findings, vscode.l10n.t('Fix all Career Plan problems'), FIX_ALL_KIND);
        if (all) actions.push(all);
      }
      return actions;
    },
  };
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider(MARKDOWN, provider, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND] }),
  );
};

/**
 * Whether a request asks for Career Plan's Fix all. Its fixes write text for the person to finish (a
 * target date to adjust, example values, an action to fill in), which the generic `source.fixAll`
 * is not meant for: VS Code runs it on save for everyone who set it up for a code linter. So it is
 * answered when a person asks (the Fix All command, the Source Action menu), and on save only when
 * `source.fixAll.careerPlan` itself is configured.
 */
function wantsFixAll(request: vscode.CodeActionContext): boolean {
  if (!request.only || !wants(request.only, FIX_ALL_KIND)) return false;
  return FIX_ALL_KIND.contains(request.only) || request.triggerKind === vscode.CodeActionTriggerKind.Invoke;
}

/** Whether a request limited to `only` (or not limited) asks for actions of a kind. */
function wants(only: vscode.CodeActionKind | undefined, kind: vscode.CodeActionKind): boolean {
  return !only || only.contains(kind) || kind.contains(only);
}

/** The goal's S, M and T findings: the guided rewrite asks for what each says is missing. */
const COACHED_RULES = new Set(['CP101', 'CP102', 'CP201', 'CP501']);

/** The review-overdue finding: its quick fix walks the person through the review. */
const REVIEW_RULE = 'CP605';

function quickFixes(document: vscode.TextDocument, state: OpenPlan, finding: Finding, diagnostic: vscode.Diagnostic, extensionUri: vscode.Uri): vscode.CodeAction[] {
  const actions: vscode.CodeAction[] = [];
  const rule = finding.ruleId;
  if (finding.fix) {
    const action = new vscode.CodeAction(finding.fix.title, vscode.CodeActionKind.QuickFix);
    action.edit = toWorkspaceEdit(document, finding.fix.edits);
    action.diagnostics = [diagnostic];
    action.isPreferred = true;
    actions.push(action);
  }
  if (COACHED_RULES.has(rule)) {
    const coach = new vscode.CodeAction(vscode.l10n.t('Make this goal SMART…'), vscode.CodeActionKind.QuickFix);
    coach.command = { command: MAKE_GOAL_SMART_COMMAND, title: coach.title, arguments: [document.uri] };
    coach.diagnostics = [diagnostic];
    actions.push(coach);
  }
  if (rule === REVIEW_RULE) {
    // Offered first: a review held is what the finding asks for; its suggestion only records one.
    const review = new vscode.CodeAction(vscode.l10n.t('Start the review…'), vscode.CodeActionKind.QuickFix);
    review.command = { command: START_REVIEW_COMMAND, title: review.title, arguments: [document.uri] };
    review.diagnostics = [diagnostic];
    review.isPreferred = true;
    actions.push(review);
  }
  const sameRule = state.findings.filter((other) => other.ruleId === rule && other.fix);
  if (finding.fix && sameRule.length > 1) {
    const all = fixAll(document, sameRule, vscode.l10n.t('Fix all {0} problems in this file', rule), vscode.CodeActionKind.QuickFix);
    if (all) actions.push(all);
  }
  for (const suggestion of finding.suggestions ?? []) {
    const action = new vscode.CodeAction(suggestion.title, vscode.CodeActionKind.QuickFix);
    action.edit = toWorkspaceEdit(document, suggestion.edits);
    action.diagnostics = [diagnostic];
    actions.push(action);
  }
  const disable = disableForLine(state.parsed, finding.range.start.line, rule);
  if (disable) {
    const action = new vscode.CodeAction(vscode.l10n.t('Disable {0} for this line', rule), vscode.CodeActionKind.QuickFix);
    action.edit = toWorkspaceEdit(document, [disable]);
    action.diagnostics = [diagnostic];
    actions.push(action);
  }
  const docs = new vscode.CodeAction(vscode.l10n.t('Show documentation for {0}', rule), vscode.CodeActionKind.QuickFix);
  docs.command = { command: 'vscode.open', title: docs.title, arguments: [docsUri(extensionUri, rule)] };
  actions.push(docs);
  return actions;
}

function fixAll(document: vscode.TextDocument, findings: readonly Finding[], title: string, kind: vscode.CodeActionKind): vscode.CodeAction | undefined {
  const edits = combineFixes(findings.flatMap((finding) => (finding.fix ? [finding.fix] : [])));
  if (edits.length === 0) return undefined;
  const action = new vscode.CodeAction(title, kind);
  action.edit = toWorkspaceEdit(document, edits);
  return action;
}
