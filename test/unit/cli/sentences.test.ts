import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runCli } from './runCli';

/** A goal whose words name something ("presence", "meetings"); read as a sentence, it aims at nothing. */
const PLAN = ['---', 'goal: Be a stronger presence in meetings', 'steps:', '  - title: Team lead', '    target: 2027-06-30', '---', ''].join('\n');

describe('CLI: the learned reader’s sentence stage', function () {
  // The first lint of a process loads the sentence encoder (TensorFlow.js and 28 MB of weights).
  this.timeout(30_000);
  const folder = mkdtempSync(path.join(tmpdir(), 'career-plan-sentences-'));
  const plan = path.join(folder, 'career-plan.md');
  writeFileSync(plan, PLAN);
  const rules = async (args: string[]) => (JSON.parse((await runCli(['lint', plan, '--format', 'json', '--today', '2026-12-07', ...args])).out) as { ruleId: string }[]).map((finding) => finding.ruleId);

  it('judges a goal by its sentence as well as its words', async () => {
    assert.ok((await rules([])).includes('CP101'));
  });

  it('with --no-sentences, by its words alone', async () => {
    assert.ok(!(await rules(['--no-sentences'])).includes('CP101'));
  });
});
