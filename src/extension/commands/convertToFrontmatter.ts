import * as vscode from 'vscode';
import { convertPlan, type Conversion } from '../../core/convert/convertPlan';
import type { Feature } from '../feature';
import { MARKDOWN, toWorkspaceEdit } from '../services/convert';

export const CONVERT_COMMAND = 'careerPlan.convertToFrontmatter';
export const CONVERT_KIND = vscode.CodeActionKind.RefactorRewrite.append('careerPlan.convertToFrontmatter');
/** The converted text shown on the right of the preview: read-only, held only while the preview is open. */
const PREVIEW_SCHEME = 'career-plan-converted';

/** For scripts and tests: `accept` converts once the preview is shown, without the dialog. */
export interface ConvertOptions {
  readonly accept?: boolean;
}

/**
 * "Convert to Frontmatter": for a plan written without frontmatter, shows the file beside what it
 * would become (a diff, the frontmatter added on top, every line of the plan kept below), asks
 * "Convert" or "Cancel" in a dialog (Enter converts, Escape cancels), and writes the frontmatter as
 * one edit, undone in one step. Offered as a code action (refactor) anywhere in such a plan.
 */
export const registerConvertToFrontmatter: Feature = (context, { store, clock }) => {
  const previews = new Map<string, string>();
  const changed = new vscode.EventEmitter<vscode.Uri>();
  let shown = 0;
  context.subscriptions.push(
    changed,
    vscode.workspace.registerTextDocumentContentProvider(PREVIEW_SCHEME, { onDidChange: changed.event, provideTextDocumentContent: (uri) => previews.get(uri.toString()) }),
    vscode.languages.registerCodeActionsProvider(
      MARKDOWN,
      {
        provideCodeActions(document, _range, request) {
          if (request.only && !request.only.contains(CONVERT_KIND) && !CONVERT_KIND.contains(request.only)) return undefined;
          if (store.get(document)?.parsed.plan.readFrom !== 'body') return undefined;
          const action = new vscode.CodeAction(vscode.l10n.t('Convert to frontmatter (keeps every line of the plan)…'), CONVERT_KIND);
          action.command = { command: CONVERT_COMMAND, title: action.title, arguments: [document.uri] };
          return [action];
        },
      },
      { providedCodeActionKinds: [CONVERT_KIND] },
    ),
    vscode.commands.registerCommand(CONVERT_COMMAND, async (where?: vscode.Uri, options: ConvertOptions = {}) => {
      const uri = where instanceof vscode.Uri ? where : vscode.window.activeTextEditor?.document.uri;
      if (!uri) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a plan written without frontmatter, then convert it.'));
        return false;
      }
      const document = await vscode.workspace.openTextDocument(uri);
      const result = convertPlan(document.getText(), clock.today());
      if (!result.ok) {
        void vscode.window.showInformationMessage(result.message);
        return false;
      }
      const preview = vscode.Uri.from({ scheme: PREVIEW_SCHEME, path: `${uri.path} (converted)`, query: String(++shown) });
      previews.set(preview.toString(), result.text);
      changed.fire(preview);
      const name = uri.path.split('/').pop() ?? uri.path;
      await vscode.commands.executeCommand('vscode.diff', uri, preview, vscode.l10n.t('{0} ↔ converted to frontmatter', name), { preview: true });
      try {
        if (!(options.accept === true || (await confirm(name, result)))) return false;
      } finally {
        await closePreview(preview);
        previews.delete(preview.toString());
      }
      // Converted again from the text as it is now: it may have changed while the dialog was open.
      const now = convertPlan(document.getText(), clock.today());
      if (!now.ok) return false;
      const applied = await vscode.workspace.applyEdit(toWorkspaceEdit(document, [now.edit]));
      if (applied) await vscode.window.showTextDocument(document);
      return applied;
    }),
  );
};

/** The dialog over the preview: what happens, what stays unread, and the choice. */
async function confirm(name: string, result: Extract<Conversion, { ok: true }>): Promise<boolean> {
  const convert = vscode.l10n.t('Convert');
  const unread = result.unread.map((part) => vscode.l10n.t('line {0}: {1} — {2}', part.line + 1, part.text ? `“${part.text}”` : '', part.reason));
  const detail = [
    vscode.l10n.t('The frontmatter read from the plan is added at the top; every line of the plan stays below it as it is. One undo takes it back.'),
    ...(unread.length > 0 ? ['', vscode.l10n.t('Left in the plan, not read:'), ...unread] : []),
  ].join('\n');
  const answer = await vscode.window.showInformationMessage(vscode.l10n.t('Convert {0} (read as {1}) to frontmatter?', name, result.shapeName), { modal: true, detail }, convert);
  return answer === convert;
}

async function closePreview(preview: vscode.Uri): Promise<void> {
  const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputTextDiff && tab.input.modified.toString() === preview.toString());
  if (tabs.length > 0) await vscode.window.tabGroups.close(tabs);
}
