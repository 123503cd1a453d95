import * as vscode from 'vscode';
import { describeLine, describeReading } from '../../core/bodyplan/describeReading';
import type { Feature } from '../feature';
import { toRange } from '../services/convert';

export const SHOW_READING_COMMAND = 'careerPlan.showReading';

/**
 * "Show How This Plan Was Read": for a plan written without frontmatter, writes beside each line
 * what it was read as (the goal, a step and its target, a gap and its rank, a note left as written)
 * until the document changes, and says the whole in a message. Returns that sentence.
 */
export const registerShowReading: Feature = (context, { store }) => {
  const decoration = vscode.window.createTextEditorDecorationType({
    after: { color: new vscode.ThemeColor('editorCodeLens.foreground'), margin: '0 0 0 2em', fontStyle: 'italic' },
  });
  let shownIn: vscode.TextEditor | undefined;
  const clear = () => {
    shownIn?.setDecorations(decoration, []);
    shownIn = undefined;
  };
  context.subscriptions.push(
    decoration,
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (shownIn && event.document === shownIn.document && event.contentChanges.length > 0) clear();
    }),
    vscode.commands.registerCommand(SHOW_READING_COMMAND, () => {
      const editor = vscode.window.activeTextEditor;
      const state = editor && store.get(editor.document);
      if (!editor || !state) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a career plan to see how it was read.'));
        return undefined;
      }
      const plan = state.plan;
      clear();
      const options: vscode.DecorationOptions[] = (plan.reading?.lines ?? []).map((line) => {
        const end = toRange(line.range).end;
        // contentText is shown as plain text: nothing of the plan is read as markup here.
        return { range: new vscode.Range(end, end), renderOptions: { after: { contentText: `← ${describeLine(plan, line)}` } } };
      });
      editor.setDecorations(decoration, options);
      shownIn = editor;
      const summary = describeReading(plan);
      void vscode.window.showInformationMessage(summary);
      return summary;
    }),
  );
};
