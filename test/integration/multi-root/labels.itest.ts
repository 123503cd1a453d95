// In a multi-root workspace (scripts/integration/multiRoot.ts opens the fixture workspace's `views`
// and `language` folders as two roots), every plan is named with the folder it is in.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension } from '../helpers';
import { eventually, rootsWith, row, statusBar } from '../viewsHelpers';

describe('multi-root workspace', () => {
  before(activateExtension);

  it('has two folders open', () => {
    assert.deepEqual(vscode.workspace.workspaceFolders?.map((folder) => folder.name), ['views', 'language']);
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
});
