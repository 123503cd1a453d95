import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildHistory } from '../../../src/core/history/model';
import { renderTrendSvg } from '../../../src/core/history/svg';
import { FIXTURE_TODAY, FIXTURE_VERSIONS } from '../../fixtures/history/versions';
import { descendants, hasClass, parseXml } from '../timeline/xml';

const now = FIXTURE_VERSIONS[FIXTURE_VERSIONS.length - 1].text;

describe('renderTrendSvg', () => {
  const history = buildHistory({ text: now, versions: FIXTURE_VERSIONS, today: FIXTURE_TODAY });
  const root = parseXml(renderTrendSvg(history));
  const series = descendants(root, (node) => hasClass('series')(node) && !hasClass('legend')(node));

  it('is well-formed SVG with a title and a description naming each step', () => {
    assert.equal(root.name, 'svg');
    assert.equal(root.attributes.xmlns, 'http://www.w3.org/2000/svg');
    const desc = descendants(root, (node) => node.name === 'desc')[0].text;
    assert.match(desc, /Target dates at 5 versions from git\. 3 of 3 steps slipped; 3 reviews held\./);
    assert.match(desc, /Step 2: Tech lead on payments: target 2026-12-31 → 2027-05-31 \(slipped 151 days\)/);
  });

  it('draws a line of five points per step, higher as the target slips', () => {
    assert.equal(series.length, 3);
    for (const line of series) assert.equal(descendants(line, hasClass('point')).length, 5);
    const ys = descendants(series[1], hasClass('point')).map((point) => Number(point.attributes.cy));
    for (let i = 1; i < ys.length; i++) assert.ok(ys[i] <= ys[i - 1], 'a later target is drawn higher (smaller y)');
    assert.ok(ys[4] < ys[0]);
  });

  it('marks the reached step, and the reviews and the closed gap under the axis', () => {
    assert.equal(descendants(series[0], hasClass('reached-mark')).length, 1);
    assert.equal(descendants(series[1], hasClass('reached-mark')).length, 0);
    const events = descendants(root, hasClass('event')).filter((node) => node.name === 'g');
    assert.deepEqual(events.map((event) => event.attributes.class), ['event review', 'event reached', 'event review', 'event closed', 'event review']);
  });

  it('escapes hostile plan text', () => {
    const hostile = readFileSync(path.resolve(__dirname, '../../fixtures/timeline/hostile.plan.md'), 'utf8');
    const svg = renderTrendSvg(buildHistory({ text: hostile, versions: [{ date: '2026-01-01', text: hostile }], today: '2026-11-24' }));
    const root = parseXml(svg);
    assert.doesNotMatch(svg, /<script|<b>|<i>/);
    assert.equal(descendants(root, (node) => node.name === 'script').length, 0);
    assert.match(svg, /&lt;b&gt;on time&lt;\/b&gt;/);
  });

  it('draws the fallback picture from review entries, and a plan with no steps', () => {
    const fallback = parseXml(renderTrendSvg(buildHistory({ text: now, today: FIXTURE_TODAY })));
    assert.match(descendants(fallback, (node) => node.name === 'desc')[0].text, /2 reviews and today \(no git history\)/);
    const empty = parseXml(renderTrendSvg(buildHistory({ text: '---\ngoal: x\n---\n', today: FIXTURE_TODAY })));
    assert.match(empty.children.map((node) => node.text).join(' '), /no steps yet/);
  });
});
