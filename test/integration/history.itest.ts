// The history's trend chart in a real VS Code: a plan committed five times in a repository made for
// the test inside the workspace (git opens no repository outside the workspace's folders unless told
// to), read through the built-in git extension, which opens no repository by itself in the suite's
// user settings (scripts/integration/userData.ts); and, where git cannot help (an untitled plan),
// the review entries.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { TimelineContent } from '../../src/extension/timeline/html';
import { commitFixtureVersions } from '../fixtures/history/repository';
import { FIXTURE_VERSIONS } from '../fixtures/history/versions';
import { activateExtension, eventually } from './helpers';

/** Each step line of the trend chart: its number of points, and the days they were drawn for. */
function trendLines(content: TimelineContent | undefined): { points: number; days: string[] }[] {
  const lines = content?.trend.split('<g class="series c').slice(1) ?? [];
  return lines.map((line) => ({
    points: Number(/data-points="(\d+)"/.exec(line)?.[1]),
    days: [...line.matchAll(/data-when="([\d-]+)"/g)].map((match) => match[1]),
  }));
}

/**
 * Closes the repository the timeline opened in the git extension. Left open over a deleted folder,
 * git is later started there, and its "spawn git ENOENT" fails whichever test runs then (seen in CI,
 * in the lint workspace suite).
 */
async function closeInGit(folder: string): Promise<void> {
  const uri = vscode.Uri.file(folder);
  const git = vscode.extensions.getExtension<{ getAPI(version: 1): { getRepository(uri: vscode.Uri): unknown } }>('vscode.git');
  // With no repository of its own, git.close would ask which one to close.
  if (git?.isActive && git.exports.getAPI(1).getRepository(uri)) await vscode.commands.executeCommand('git.close', uri);
}

describe('history', () => {
  let repository: string;
  before(async () => {
    await activateExtension();
    const workspace = vscode.workspace.workspaceFolders?.[0];
    assert.ok(workspace, 'no workspace folder is open');
    // Ignored by the repository's .gitignore, and removed after.
    repository = mkdtempSync(path.join(workspace.uri.fsPath, 'history-'));
    commitFixtureVersions(repository, 'career-plan.md');
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await closeInGit(repository);
    rmSync(repository, { recursive: true, force: true });
  });

  it("through the git extension, a plan committed five times gives the trend chart five points per step", async function () {
    this.timeout(60_000);
    const plan = vscode.Uri.file(path.join(repository, 'career-plan.md'));
    await vscode.window.showTextDocument(plan);
    // The git extension opens the repository the timeline asks for, and reads it in the background.
    const lines = await eventually(
      async () => {
        const shown = await vscode.commands.executeCommand<TimelineContent>('careerPlan.showTimeline', plan);
        const lines = trendLines(shown);
        return lines.length > 0 && lines.every((line) => line.points === 5) ? lines : undefined;
      },
      'five points per step',
      45_000,
    );
    assert.equal(lines.length, 3);
    for (const line of lines) assert.deepEqual(line.days, FIXTURE_VERSIONS.map((version) => version.date));
  });

  it('an untitled plan, which git cannot have, is drawn from its review entries', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: FIXTURE_VERSIONS[FIXTURE_VERSIONS.length - 1].text });
    await vscode.window.showTextDocument(document);
    try {
      const shown = await vscode.commands.executeCommand<TimelineContent>('careerPlan.showTimeline', document.uri);
      assert.match(shown?.trend ?? '', /2 reviews and today \(no git history\)/);
      assert.deepEqual(trendLines(shown).map((line) => line.points), [3, 3, 3]);
    } finally {
      // Closed unsaved: closing it otherwise would ask whether to save it.
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });
});
