import * as assert from 'node:assert/strict';
import { renderTimelineList } from '../../../src/core/timeline/list';
import { buildTimeline } from '../../../src/core/timeline/model';
import { fixturePlan, TODAY } from './fixtures';
import { descendants, parseXml } from './xml';

describe('renderTimelineList', () => {
  const timeline = buildTimeline(fixturePlan('hostile.plan.md'), TODAY);

  it('lists every entry in date order with today in its place, then the undated ones', () => {
    const root = parseXml(`<div>${renderTimelineList(timeline)}</div>`);
    const [dated, undated] = descendants(root, (node) => node.name === 'ol' || (node.name === 'ul' && node.attributes.class === 'cp-timeline-list'));
    const classes = dated.children.map((item) => item.attributes.class);
    assert.deepEqual(classes, [
      'step done',
      'moment past',
      'review overdue',
      'step overdue',
      'today',
      'moment upcoming',
      'step upcoming',
      'step upcoming',
      'goal upcoming',
    ]);
    assert.equal(undated.children.length, 2);
  });

  it('escapes plan text and names the gaps under their step', () => {
    const html = renderTimelineList(timeline);
    assert.doesNotMatch(html, /<script|<b>|<i>/);
    assert.match(html, /Goal: Lead a &lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; platform group &amp; &#39;grow&#39; people by 2029/);
    assert.match(html, /<li>#1 Public speaking \(active\)<\/li><li>✓ #3 System design at scale \(closed\)<\/li>/);
  });

  it('offers a button per entry when interactive', () => {
    const root = parseXml(`<div>${renderTimelineList(timeline, { interactive: true })}</div>`);
    const buttons = descendants(root, (node) => node.name === 'button');
    assert.equal(buttons.length, timeline.dated.length + timeline.undated.length);
    assert.ok(buttons.every((button) => /^(steps|moments)\[\d\]$|^(goal|review)$/.test(button.attributes['data-subject'])));
  });
});
