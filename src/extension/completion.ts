import * as vscode from 'vscode';
import { suggestAt, type Suggestion } from '../core/completion/suggest';
import { rules } from '../core/rules/registry';
import type { Feature } from './feature';
import { MARKDOWN } from './services/convert';

const KINDS: Record<Suggestion['kind'], vscode.CompletionItemKind> = {
  key: vscode.CompletionItemKind.Property,
  value: vscode.CompletionItemKind.EnumMember,
  date: vscode.CompletionItemKind.Value,
};

/**
 * Completion inside a plan's frontmatter: the keys each mapping knows, the words a key allows, and
 * dates for date keys. What to offer is worked out in core from the text; this only adapts it.
 */
export const registerCompletion: Feature = (context, { store, clock }) => {
  const provider: vscode.CompletionItemProvider = {
    provideCompletionItems(document, position) {
      if (!store.isPlan(document)) return undefined;
      const steps = store.get(document)?.parsed.plan.steps.map((step) => step.title.value);
      const suggestions = suggestAt(document.getText(), document.offsetAt(position), { today: clock.today(), rules, steps });
      return suggestions.map((suggestion) => toItem(document, position, suggestion));
    },
  };
  context.subscriptions.push(vscode.languages.registerCompletionItemProvider(MARKDOWN, provider, ':', ' '));
};

function toItem(document: vscode.TextDocument, position: vscode.Position, suggestion: Suggestion): vscode.CompletionItem {
  const item = new vscode.CompletionItem(suggestion.label, KINDS[suggestion.kind]);
  item.insertText = suggestion.insertText;
  // Values carry their own leading space, so they are matched against what follows the colon.
  item.filterText = suggestion.kind === 'key' ? suggestion.label : suggestion.insertText;
  item.range = new vscode.Range(document.positionAt(suggestion.replace.start), position);
  item.sortText = suggestion.sortText;
  item.detail = suggestion.detail;
  if (suggestion.documentation) item.documentation = suggestion.documentation;
  if (suggestion.retrigger) item.command = { command: 'editor.action.triggerSuggest', title: vscode.l10n.t('Suggest values') };
  return item;
}
