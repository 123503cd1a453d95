// In a multi-root workspace (scripts/integration/multiRoot.ts opens the fixture workspace's `views`
// and `language` folders as two roots), every plan is named with the folder it is in.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension } from '../helpers';
import { eventually, rootGone, rootsWith, row, statusBar } from '../viewsHelpers';

describe('multi-root workspace', () => {
  before(activateExtension);

  // The web workbench may open a .code-workspace file's folders after the extension host started.
  it('has two folders open', async () => {
    const names = () => vscode.workspace.workspaceFolders?.map((folder) => folder.name);
    await eventually(() => (names()?.length === 2 ? true : undefined), 'the workspace file\'s two folders');
    assert.deepEqual(names(), ['views', 'language']);
  });

  it('lists the plans of both folders in the milestones view, each described by its folder', async () => {
    const roots = await rootsWith('milestones.plan.md', 'vague.plan.md');
    assert.equal(row(roots, 'milestones.plan.md').description, 'views');
    assert.equal(row(roots, 'vague.plan.md').description, 'language');
    assert.equal(row(roots, 'closed.plan.md').description, 'language · 1 problem');
  });

  it('names the plan of each target in the countdown tooltip with its folder', async () => {
    // The tooltip is Markdown with the plan's words escaped (`\(`, `&nbsp;`): read it as text.
    const asText = (markdown: string | undefined) => markdown?.replaceAll('&nbsp;', ' ').replace(/\\(.)/g, '$1');
    const tooltip = await eventually(async () => {
      const text = asText((await statusBar()).tooltip);
      return text?.includes('(views/milestones.plan.md)') ? text : undefined;
    }, 'a tooltip naming views/milestones.plan.md');
    assert.doesNotMatch(tooltip, /\((?!views\/|language\/)[^)]*\.md\)/, 'a plan named without its folder');
  });

  it('scans a folder added to the workspace, and forgets its plans when it is removed', async () => {
    const security = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, '..', 'security');
    const added = new Promise((resolve) => vscode.workspace.onDidChangeWorkspaceFolders(resolve));
    assert.ok(vscode.workspace.updateWorkspaceFolders(2, 0, { uri: security }));
    await added;
    const roots = await rootsWith('milestones.plan.md', 'vague.plan.md', 'injection.plan.md');
    assert.match(row(roots, 'injection.plan.md').description ?? '', /^security/);

    const removed = new Promise((resolve) => vscode.workspace.onDidChangeWorkspaceFolders(resolve));
    assert.ok(vscode.workspace.updateWorkspaceFolders(2, 1));
    await removed;
    await rootGone('injection.plan.md', 'the removed folder\'s plan to leave the view');
  });
});
