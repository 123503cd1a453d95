// Every VS Code window pays for an extension that activates at start-up, so this one starts only
// where a plan can be: a workspace holding a file of the default plan globs, or a Markdown file opened.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8'));
const events: string[] = manifest.activationEvents;

describe('activation events', () => {
  it('never activate in every window', () => {
    for (const broad of ['*', 'onStartupFinished']) assert.ok(!events.includes(broad), `activationEvents has ${broad}`);
  });

  it('activate in a workspace holding a file of each default plan glob', () => {
    const globs: string[] = manifest.contributes.configuration.properties['careerPlan.planFiles'].default;
    for (const glob of globs) assert.ok(events.includes(`workspaceContains:${glob}`), `no workspaceContains:${glob}`);
  });

  it('activate when a Markdown file opens (a plan found by its frontmatter, or by a glob of the user)', () => {
    assert.ok(events.includes('onLanguage:markdown'));
  });
});
