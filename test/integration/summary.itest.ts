// The summary to share and the congratulations, in a real VS Code: Copy Summary puts the core's
// summary on the clipboard in each format; Close Gap and Mark Step Done edit only their lines and
// return the congratulation they show (the notification itself stays until dismissed).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parsePlan } from '../../src/core/parse/parsePlan';
import { summaryOf } from '../../src/core/summary';
import { activateExtension } from './helpers';
import { daysTo, discardActiveEditor, eventually, openUntitled, openWorkspacePlan, row, today, treeRows, VIEWS_PLAN } from './viewsHelpers';

const PLAN = `---
goal: "Lead a <b>platform</b> group of [three](javascript:alert(1)) teams"
target: 2095-12-31
review: { every: 3 months, last: 2026-10-01 }
steps:
  - title: Staff engineer
    target: 2090-01-31
  - title: Principal engineer # the next one after
    target: 2093-06-30
gaps:
  - title: Writing for a wide audience
    status: active # since the spring
    actions: [Publish two design notes]
  - Budget ownership
---

# Notes
`;

function changed(document: vscode.TextDocument, before: string): Promise<string> {
  return eventually(() => (document.getText() !== before ? document.getText() : undefined), 'the document to change');
}

describe('summary and celebrations', () => {
  before(activateExtension);
  afterEach(discardActiveEditor);

  it('Copy Summary puts the summary on the clipboard as Markdown and as plain text, plan text escaped', async () => {
    const editor = await openUntitled(PLAN);
    for (const format of ['markdown', 'text'] as const) {
      const copied = await vscode.commands.executeCommand<string>('careerPlan.copySummary', editor.document.uri, format);
      const expected = summaryOf(parsePlan(PLAN), today(), format);
      assert.equal(copied, expected, format);
      assert.equal(await vscode.env.clipboard.readText(), expected, format);
    }
    const markdown = await vscode.commands.executeCommand<string>('careerPlan.copySummary', editor.document.uri, 'markdown');
    assert.ok(markdown.includes('**Goal:** Lead a \\<b\\>platform\\</b\\> group of \\[three\\](javascript:alert(1)) teams'), markdown);
    assert.ok(markdown.includes('**Focus gap:** Writing for a wide audience\n- Next action: Publish two design notes\n'), markdown);
  });

  it('Copy Summary formatted for mail writes HTML through a webview, without falling back to the HTML source as text', async () => {
    const editor = await openUntitled(PLAN);
    // A workbench running extension tests keeps the clipboard API in memory (it never reads the
    // browser's clipboard), so what the webview wrote cannot be read back here. The fallback writes
    // the HTML source through that API: a mark left there before shows the fallback did not run.
    await vscode.env.clipboard.writeText('before the copy');
    const html = await vscode.commands.executeCommand<string>('careerPlan.copySummary', editor.document.uri, 'html');
    assert.equal(html, summaryOf(parsePlan(PLAN), today(), 'html'));
    assert.ok(html.includes('<strong>Goal:</strong> Lead a &lt;b&gt;platform&lt;/b&gt; group of [three](javascript:alert(1)) teams'), html);
    assert.equal(await vscode.env.clipboard.readText(), 'before the copy', 'the formatted copy fell back to the HTML source');
  });

  it('Close Gap closes the focus gap as one edit, byte for byte, names the new focus, and one undo restores it', async () => {
    const editor = await openUntitled(PLAN);
    const message = await vscode.commands.executeCommand<string>('careerPlan.closeGap', editor.document.uri, 0);
    assert.equal(message, 'Gap closed: “Writing for a wide audience”. Well done! Your focus now: “Budget ownership”.');
    const after = await changed(editor.document, PLAN);
    assert.equal(after, PLAN.replace('    status: active # since the spring\n', `    status: closed # since the spring\n    closed: ${today()}\n`));
    assert.equal(await vscode.commands.executeCommand('careerPlan.closeGap', editor.document.uri, 0), false, 'a closed gap is closed once');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), PLAN);
  });

  it('Close Gap from the milestones view’s gap row, and Mark Step Done, say what was reached and what is next', async () => {
    const editor = await openWorkspacePlan(VIEWS_PLAN);
    const before = editor.document.getText();
    const gaps = await eventually(async () => {
      const root = (await treeRows()).find((r) => r.label === 'milestones.plan.md');
      return root && row(root.children, 'Gaps').children;
    }, 'the views fixture’s gaps');
    const focus = row(gaps, '2. Hiring designers');
    assert.equal(focus.contextValue, 'careerPlan.gap canClose canMoveUp canMoveDown');
    const message = await vscode.commands.executeCommand<string>('careerPlan.closeGap', focus.node);
    assert.equal(message, 'Gap closed: “Hiring designers”. Well done! Your focus now: “Pricing and selling studio work”.');
    const closed = await changed(editor.document, before);
    assert.equal(closed, before.replace('  - title: Hiring designers  # the one to work on now\n', `  - title: Hiring designers  # the one to work on now\n    status: closed\n    closed: ${today()}\n`));

    const reached = await vscode.commands.executeCommand<string>('careerPlan.markStepDone', editor.document.uri, 1);
    assert.equal(reached, `Well done: you reached “Design lead for the mobile apps”! Next step: “Head of design at a scale-up”, 2095-03-31 (in ${daysTo('2095-03-31')} days).`);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    assert.equal(editor.document.getText(), before);
  });
});
