import * as vscode from 'vscode';
import type { Finding, Severity, TextEdit } from '../../core/document/findings';
import type { Range } from '../../core/document/range';
import { docsPath } from '../../core/rules/registry';

/** Shown as the source of every diagnostic, and how the code actions recognise ours. */
export const DIAGNOSTIC_SOURCE = 'Career Plan';

const SEVERITIES: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export function toRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

/** The rule's documentation page, shipped inside the extension. */
export function docsUri(extensionUri: vscode.Uri, ruleId: string): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, docsPath({ id: ruleId }));
}

/** A SMART rule's message opens with its criterion, so the Problems panel reads "[T] …". */
export function diagnosticMessage(finding: Finding): string {
  return finding.criterion ? `[${finding.criterion}] ${finding.message}` : finding.message;
}

export function toDiagnostic(finding: Finding, extensionUri: vscode.Uri): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toRange(finding.range), diagnosticMessage(finding), SEVERITIES[finding.severity]);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = { value: finding.ruleId, target: docsUri(extensionUri, finding.ruleId) };
  return diagnostic;
}

/** The finding a diagnostic of ours was made from, matched by rule, place and message. */
export function findingOf(diagnostic: vscode.Diagnostic, findings: readonly Finding[]): Finding | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return findings.find(
    (finding) => finding.ruleId === code && toRange(finding.range).isEqual(diagnostic.range) && diagnosticMessage(finding) === diagnostic.message,
  );
}

/** Core edits (offsets into the document's current text) as one WorkspaceEdit. */
export function toWorkspaceEdit(document: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const { span, newText } of edits) {
    edit.replace(document.uri, new vscode.Range(document.positionAt(span.start), document.positionAt(span.end)), newText);
  }
  return edit;
}

/** Markdown documents of any scheme; each feature asks the store whether one is a plan. */
export const MARKDOWN: vscode.DocumentSelector = { language: 'markdown' };
