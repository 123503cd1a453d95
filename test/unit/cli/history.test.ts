import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { descendants, hasClass, parseXml } from '../timeline/xml';
import { commitFixtureVersions } from '../../fixtures/history/repository';
import { FIXTURE_TODAY, FIXTURE_VERSIONS } from '../../fixtures/history/versions';
import { runCli } from './runCli';

/** A git repository made for the test: the fixture plan committed five times, renamed on the way. */
function repositoryWithFiveCommits(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'career-plan-history-'));
  commitFixtureVersions(dir, 'career.plan.md', 'plan.md');
  return dir;
}

describe('CLI timeline --history', function () {
  this.timeout(20_000);
  let repository: string;
  before(() => (repository = repositoryWithFiveCommits()));
  after(() => rmSync(repository, { recursive: true, force: true }));

  it('draws the trend chart from five commits: five points per step', async () => {
    const { code, out, err } = await runCli(['timeline', 'career.plan.md', '--history', '--today', FIXTURE_TODAY], repository);
    assert.deepEqual([code, err], [0, '']);
    const root = parseXml(out);
    assert.equal(root.attributes.class, 'cp-trend');
    const series = descendants(root, (node) => hasClass('series')(node) && !hasClass('legend')(node));
    assert.deepEqual(series.map((node) => node.attributes['data-points']), ['5', '5', '5']);
    assert.deepEqual(descendants(series[1], hasClass('point')).map((point) => point.attributes['data-when']), FIXTURE_VERSIONS.map((version) => version.date));
    assert.match(out, /Target dates at 5 versions from git/);
  });

  it('from a subfolder, and to --output', async () => {
    const { code, out } = await runCli(['timeline', path.join(repository, 'career.plan.md'), '--history', '-o', path.join(repository, 'trend.svg'), '--today', FIXTURE_TODAY], tmpdir());
    assert.deepEqual([code, out], [0, '']);
  });

  it('outside git, draws from the review entries and says so on standard error', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'career-plan-nogit-'));
    try {
      writeFileSync(path.join(dir, 'plan.md'), FIXTURE_VERSIONS[4].text);
      const { code, out, err } = await runCli(['timeline', 'plan.md', '--history', '--today', FIXTURE_TODAY], dir);
      assert.equal(code, 0);
      assert.match(err, /^career-plan: plan\.md: no git history \(.+\); drawn from its review entries and dates\.\n$/);
      assert.match(out, /2 reviews and today \(no git history\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses --history with a format other than svg', async () => {
    const { code, err } = await runCli(['timeline', 'career.plan.md', '--history', '--format', 'mermaid'], repository);
    assert.equal(code, 2);
    assert.match(err, /--history draws an SVG picture/);
  });
});
