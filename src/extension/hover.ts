import * as vscode from 'vscode';
import { dateNoteAt } from '../core/annotate/dateNote';
import { describeLine } from '../core/bodyplan/describeReading';
import { CRITERION_NAMES } from '../core/document/findings';
import { findRule } from '../core/rules/registry';
import type { Feature } from './feature';
import { docsUri, MARKDOWN, toRange } from './services/convert';

/**
 * Hovers in a plan. On a flagged span: what the rule asks for, in a sentence, and a link to its
 * page (the finding's own message is already in the editor's diagnostic hover). On a date: the
 * day in words and how far away it is. On a line of a plan written without frontmatter: what it
 * was read as. Plan text is only ever added as plain text: the Markdown is
 * never trusted and allows no HTML.
 */
export const registerHover: Feature = (context, { store, clock }) => {
  const provider: vscode.HoverProvider = {
    provideHover(document, position) {
      const state = store.get(document);
      if (!state) return undefined;
      const markdown = new vscode.MarkdownString();
      let range: vscode.Range | undefined;

      const flagged = state.findings.filter((finding) => toRange(finding.range).contains(position));
      for (const ruleId of new Set(flagged.map((finding) => finding.ruleId))) {
        const rule = findRule(ruleId);
        if (!rule) continue;
        if (markdown.value) markdown.appendMarkdown('\n\n---\n\n');
        const criterion = rule.criterion ? ` · ${rule.criterion}, ${CRITERION_NAMES[rule.criterion]}` : '';
        markdown.appendMarkdown(`**${rule.id}** \`${rule.name}\`${criterion}\n\n`);
        markdown.appendMarkdown(`${rule.description} [Read more](${docsUri(context.extensionUri, rule.id).toString()})`);
        range = toRange(flagged.find((finding) => finding.ruleId === ruleId)!.range);
      }

      // A plan written without frontmatter: what this line was read as (notes say nothing).
      const read = state.plan.reading?.lines.find((line) => line.range.start.line <= position.line && position.line <= line.range.end.line);
      if (read && read.role !== 'note') {
        if (markdown.value) markdown.appendMarkdown('\n\n---\n\n');
        markdown.appendMarkdown('Read as ');
        markdown.appendText(describeLine(state.plan, read));
        range ??= toRange(read.range);
      }

      const note = dateNoteAt(state.parsed, position, clock.today());
      if (note) {
        if (markdown.value) markdown.appendMarkdown('\n\n---\n\n');
        markdown.appendMarkdown('**');
        markdown.appendText(note.headline);
        markdown.appendMarkdown('**');
        for (const detail of note.details) {
          markdown.appendMarkdown('\n\n');
          markdown.appendText(detail);
        }
        range = toRange(note.range);
      }
      return markdown.value ? new vscode.Hover(markdown, range) : undefined;
    },
  };
  context.subscriptions.push(vscode.languages.registerHoverProvider(MARKDOWN, provider));
};
