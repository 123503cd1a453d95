// Hovers, completion, CodeLens and document symbols as VS Code's own commands see them, on a plan
// whose dates are written relative to today (the extension's clock is the real day in these runs).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { addDays } from '../../src/core/calendar/dates';
import { prepChecklist } from '../../src/core/fixes/momentPrep';
import { activateExtension } from './helpers';
import { closeAll, eventually, keepFixturesUnsaved, languageUri, openUntitled, today } from './languageHelpers';

const day = (offset: number) => addDays(today(), offset);

function datedPlan(): string {
  return [
    '---',
    'goal: Lead a data platform team',
    'steps:',
    '  - title: Senior engineer',
    `    target: ${day(-40)}`,
    `    done: ${day(-20)}`,
    '  - title: Team lead',
    `    target: ${day(129)}`,
    '  - title: Group lead [click](command:workbench.action.quit) <b>bold</b>',
    `    target: ${day(-12)}`,
    'gaps:',
    '  - title: Hiring',
    '    status: active',
    '  - ',
    'moments:',
    '  - title: Final interview at Acme',
    `    date: ${day(5)}`,
    '  - title: Annual review',
    `    date: ${day(60)}`,
    'companies:',
    '  - name: Acme',
    '    priority: ',
    '---',
    '',
    '# Notes',
    '',
  ].join('\n');
}

/** The position just after the text on the first line that starts with `prefix` (after indentation). */
function endOf(document: vscode.TextDocument, prefix: string, from = 0): vscode.Position {
  for (let line = from; line < document.lineCount; line++) {
    const text = document.lineAt(line).text;
    if (text.trimStart().startsWith(prefix)) return new vscode.Position(line, text.length);
  }
  assert.fail(`no line starting with "${prefix}"`);
}

function lineOf(document: vscode.TextDocument, text: string): number {
  const line = document.getText().split('\n').findIndex((candidate) => candidate.includes(text));
  assert.ok(line >= 0, `no line with "${text}"`);
  return line;
}

async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<{ text: string; markdown: vscode.MarkdownString[] }> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  const markdown = hovers.flatMap((hover) => hover.contents).filter((content): content is vscode.MarkdownString => content instanceof vscode.MarkdownString);
  // appendText keeps spaces as &nbsp;: read them back as spaces.
  return { text: markdown.map((content) => content.value).join('\n').replace(/&nbsp;/g, ' '), markdown };
}

async function completions(uri: vscode.Uri, position: vscode.Position): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
  return list?.items ?? [];
}

const labelOf = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);

describe('language features', () => {
  before(async () => {
    await keepFixturesUnsaved();
    await activateExtension();
  });
  afterEach(closeAll);

  describe('hover', () => {
    it('says how far a target date is: "in 129 days", "overdue by 12 days"', async () => {
      const editor = await openUntitled(datedPlan());
      const { document } = editor;
      const ahead = await hoverText(document.uri, new vscode.Position(lineOf(document, day(129)), 14));
      assert.match(ahead.text, /in 129 days/);
      // Plan text is escaped Markdown: its parentheses come with backslashes.
      assert.ok(ahead.text.includes('Target of step 2 \\(Team lead\\).'), ahead.text);
      const behind = await hoverText(document.uri, new vscode.Position(lineOf(document, `target: ${day(-12)}`), 14));
      assert.match(behind.text, /overdue by 12 days/);
    });

    it('shows plan text escaped, in untrusted Markdown without HTML', async () => {
      const editor = await openUntitled(datedPlan());
      const { document } = editor;
      const { text, markdown } = await hoverText(document.uri, new vscode.Position(lineOf(document, `target: ${day(-12)}`), 14));
      assert.ok(markdown.length > 0);
      for (const content of markdown) {
        assert.ok(!content.isTrusted, 'hover Markdown must not be trusted');
        assert.ok(!content.supportHtml, 'hover Markdown must not allow HTML');
      }
      assert.ok(!text.includes('[click](command:'), text);
      assert.ok(text.includes('\\[click\\]\\(command:workbench.action.quit\\)'), text);
    });

    it('explains the rule of a flagged span and links to its page', async () => {
      const document = await vscode.workspace.openTextDocument(languageUri('format-problems.plan.md'));
      await vscode.window.showTextDocument(document);
      const { text } = await eventually(async () => {
        const hover = await hoverText(document.uri, new vscode.Position(4, 15));
        return hover.text.includes('CP004') ? hover : undefined;
      }, 'a hover naming CP004');
      assert.match(text, /date-invalid/);
      assert.match(text, /\[Read more\]\([^)]*docs\/rules\/CP004\.md\)/);
    });
  });

  describe('completion', () => {
    it('offers today and target horizons after a step\'s target:', async () => {
      const editor = await openUntitled(datedPlan().replace(`    target: ${day(129)}`, '    target: '));
      const items = await completions(editor.document.uri, endOf(editor.document, 'target: ', lineOf(editor.document, 'Team lead')));
      const dates = items.filter((item) => item.kind === vscode.CompletionItemKind.Value);
      assert.equal(labelOf(dates.find((item) => item.detail === 'today')!), today());
      assert.ok(dates.some((item) => item.detail === 'end of next quarter'), dates.map((item) => item.detail).join(', '));
      assert.ok(dates.some((item) => item.detail === 'in 6 months'));
    });

    it('offers a gap\'s keys on a new list item, and priority values', async () => {
      const editor = await openUntitled(datedPlan());
      const keys = await completions(editor.document.uri, endOf(editor.document, '- ', lineOf(editor.document, 'gaps:') + 3));
      const properties = keys.filter((item) => item.kind === vscode.CompletionItemKind.Property).map(labelOf);
      assert.deepEqual(properties.slice().sort(), ['actions', 'blocks', 'closed', 'notes', 'source', 'status', 'title']);
      const values = await completions(editor.document.uri, endOf(editor.document, 'priority:'));
      assert.deepEqual(values.filter((item) => item.kind === vscode.CompletionItemKind.EnumMember).map(labelOf), ['high', 'medium', 'low']);
    });

    it('inserts a key, and the value after it, as valid YAML', async () => {
      const editor = await openUntitled(datedPlan());
      const position = endOf(editor.document, '- ', lineOf(editor.document, 'gaps:') + 3);
      const status = (await completions(editor.document.uri, position)).find((item) => labelOf(item) === 'status')!;
      await editor.edit((edit) => edit.replace(status.range as vscode.Range, status.insertText as string));
      assert.equal(editor.document.lineAt(position.line).text, '  - status: ');
      const value = (await completions(editor.document.uri, editor.document.lineAt(position.line).range.end)).find((item) => labelOf(item) === 'open')!;
      await editor.edit((edit) => edit.replace(value.range as vscode.Range, value.insertText as string));
      assert.equal(editor.document.lineAt(position.line).text, '  - status: open');
    });
  });

  describe('CodeLens', () => {
    async function lenses(uri: vscode.Uri): Promise<{ line: number; title: string; command?: vscode.Command }[]> {
      const found = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 20)) ?? [];
      return found.map((lens) => ({ line: lens.range.start.line, title: lens.command?.title ?? '', command: lens.command }));
    }

    it('puts a countdown above every step and "Mark done" above the open ones', async () => {
      const editor = await openUntitled(datedPlan());
      const { document } = editor;
      const shown = await lenses(document.uri);
      const titlesAt = (text: string) => shown.filter((lens) => lens.line === lineOf(document, text)).map((lens) => lens.title);
      assert.deepEqual(titlesAt('Senior engineer'), [`done ${day(-20)}`]);
      assert.deepEqual(titlesAt('title: Team lead'), ['in 129 days', 'Mark done']);
      assert.deepEqual(titlesAt('Group lead'), ['overdue by 12 days', 'Mark done']);
      const markDone = shown.find((lens) => lens.title === 'Mark done' && lens.line === lineOf(document, 'title: Team lead'))!;
      assert.equal(markDone.command?.command, 'careerPlan.markStepDone');
      assert.deepEqual(markDone.command?.arguments?.[1], 1);
    });

    it('"Mark done" writes today\'s date into the step, undoably', async () => {
      const editor = await openUntitled(datedPlan());
      const { document } = editor;
      const before = document.getText();
      const markDone = (await lenses(document.uri)).find((lens) => lens.title === 'Mark done' && lens.line === lineOf(document, 'title: Team lead'))!;
      // The command returns the congratulation it shows: plan text in it made inert, no link.
      const said = await vscode.commands.executeCommand<string>(markDone.command!.command, ...markDone.command!.arguments!);
      assert.match(said, /^Well done: you reached “Team lead”! Next step: “Group lead \[click\]\u200b\(command:/);
      const line = lineOf(document, `target: ${day(129)}`);
      assert.equal(document.lineAt(line + 1).text, `    done: ${today()}`);
      await vscode.commands.executeCommand('undo');
      assert.equal(document.getText(), before);
    });

    it('puts "Prepare" above a key moment within two weeks, which adds a checklist to it', async () => {
      const editor = await openUntitled(datedPlan());
      const { document } = editor;
      const shown = await lenses(document.uri);
      const prepare = shown.filter((lens) => lens.title === 'Prepare');
      assert.deepEqual(prepare.map((lens) => lens.line), [lineOf(document, 'Final interview')]);
      assert.equal(await vscode.commands.executeCommand(prepare[0].command!.command, ...prepare[0].command!.arguments!), true);
      const dateLine = lineOf(document, `date: ${day(5)}`);
      assert.equal(document.lineAt(dateLine + 1).text, '    actions:');
      assert.equal(document.lineAt(dateLine + 2).text, `      - ${prepChecklist('interview')[0]}`);
      await eventually(async () => ((await lenses(document.uri)).some((lens) => lens.title === 'Prepare') ? undefined : true), 'the Prepare lens gone once prepared');
    });
  });

  describe('document symbols', () => {
    it('lists the goal, the steps, the gaps, the key moments and the companies', async () => {
      const editor = await openUntitled(datedPlan());
      const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri)) ?? [];
      const names = symbols.map((symbol) => symbol.name);
      assert.ok(names.includes('Lead a data platform team'), names.join(' | '));
      const group = (name: string) => {
        const found = symbols.find((symbol) => symbol.name === name);
        assert.ok(found, `no "${name}" among ${names.join(' | ')}`);
        return found.children.map((child) => child.name);
      };
      assert.deepEqual(group('Steps'), ['Senior engineer', 'Team lead', 'Group lead [click](command:workbench.action.quit) <b>bold</b>']);
      assert.deepEqual(group('Gaps'), ['Hiring']);
      assert.deepEqual(group('Key moments'), ['Final interview at Acme', 'Annual review']);
      assert.deepEqual(group('Companies'), ['Acme']);
      const teamLead = symbols.find((symbol) => symbol.name === 'Steps')!.children[1];
      assert.equal(teamLead.detail, 'in 129 days');
      assert.equal(teamLead.selectionRange.start.line, lineOf(editor.document, 'title: Team lead'));
    });
  });
});
