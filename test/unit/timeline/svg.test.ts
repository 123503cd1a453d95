import * as assert from 'node:assert/strict';
import { shorten } from '../../../src/core/timeline/layout';
import { buildTimeline } from '../../../src/core/timeline/model';
import { renderTimelineSvg } from '../../../src/core/timeline/svg';
import { fixturePlan, planOf, TODAY } from './fixtures';
import { descendants, hasClass, parseXml, type XmlNode } from './xml';

const headingY = (milestone: XmlNode) => Number(descendants(milestone, hasClass('heading'))[0].attributes.y);

describe('renderTimelineSvg', () => {
  for (const name of ['example', 'hostile.plan.md']) {
    describe(`for ${name}`, () => {
      const timeline = buildTimeline(fixturePlan(name), TODAY);
      const svg = renderTimelineSvg(timeline);
      const root = parseXml(svg);
      const milestones = descendants(root, hasClass('milestone'));
      const dated = milestones.filter((node) => node.attributes['data-date'] !== undefined);

      it('is well-formed XML with the SVG namespace, a title and a description', () => {
        assert.equal(root.name, 'svg');
        assert.equal(root.attributes.xmlns, 'http://www.w3.org/2000/svg');
        const ids = root.attributes['aria-labelledby'];
        assert.equal(descendants(root, (node) => node.name === 'title' && node.attributes.id === ids).length, 1);
        assert.match(descendants(root, (node) => node.name === 'desc')[0].text, /^Today is 2026-11-24\./);
      });

      it('draws one milestone per entry of the timeline', () => {
        assert.equal(milestones.length, timeline.dated.length + timeline.undated.length);
        assert.deepEqual(dated.map((node) => node.attributes['data-subject']), timeline.dated.map((entry) => entry.subject));
      });

      it('places milestones further down as their dates grow', () => {
        for (let i = 1; i < dated.length; i++) {
          const [before, after] = [dated[i - 1], dated[i]];
          assert.ok(before.attributes['data-date'] <= after.attributes['data-date']);
          assert.ok(headingY(before) < headingY(after), `${before.attributes['data-subject']} is not above ${after.attributes['data-subject']}`);
        }
      });

      it("draws today's line between what is past and what is to come", () => {
        const today = descendants(root, hasClass('today'))[0];
        assert.equal(today.attributes['data-date'], TODAY);
        const y = Number(descendants(today, hasClass('today-line'))[0].attributes.y1);
        for (const node of dated) {
          if (node.attributes['data-date'] < TODAY) assert.ok(headingY(node) < y, `${node.attributes['data-subject']} should be above today`);
          else assert.ok(headingY(node) > y, `${node.attributes['data-subject']} should be below today`);
        }
      });

      it('puts year ticks in order, inside the axis', () => {
        const axis = descendants(root, hasClass('axis'))[0].attributes;
        const ticks = descendants(root, hasClass('tick-mark')).map((node) => Number(node.attributes.y1));
        assert.deepEqual(ticks, [...ticks].sort((a, b) => a - b));
        for (const y of ticks) assert.ok(y > Number(axis.y1) && y < Number(axis.y2));
      });

      it('gives every milestone a spoken label and a tooltip', () => {
        for (const node of milestones) {
          assert.ok(node.attributes['aria-label'].length > 10);
          assert.equal(node.children[0].name, 'title');
        }
      });
    });
  }

  it('keeps proportions: a longer stretch of time is a longer stretch of axis', () => {
    const root = parseXml(renderTimelineSvg(buildTimeline(fixturePlan('example'), TODAY)));
    const y = (subject: string) => headingY(descendants(root, (node) => node.attributes['data-subject'] === subject)[0]);
    // 457 days from step 1 to step 2, 730 from step 2 to step 3.
    assert.ok(y('steps[2]') - y('steps[1]') > y('steps[1]') - y('steps[0]'));
  });

  it('escapes plan text: no markup from the plan survives, and the text reads back as written', () => {
    const plan = fixturePlan('hostile.plan.md');
    const svg = renderTimelineSvg(buildTimeline(plan, TODAY));
    assert.doesNotMatch(svg, /<script|<b>|<i>/);
    assert.match(svg, /&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt;/);
    const root = parseXml(svg);
    assert.equal(descendants(root, (node) => node.name === 'title')[0].text, `Career plan timeline: ${plan.goal!.value}`);
    const step = descendants(root, (node) => node.attributes['data-subject'] === 'steps[1]')[0];
    assert.equal(step.children[0].text, `Step 2: ${plan.steps[1].title.value}`);
    assert.match(step.attributes['aria-label'], /^Step 2 of 5: Tech lead: ingestion; batch #2 & streaming, 100% <b>on time<\/b>\. Target 2026-09-30, overdue by 55 days\. Gaps to close first: Public speaking \(active\); System design at scale \(closed\)\.$/);
  });

  it('marks done and overdue milestones in their class and with a badge', () => {
    const root = parseXml(renderTimelineSvg(buildTimeline(fixturePlan('hostile.plan.md'), TODAY)));
    const classOf = (subject: string) => descendants(root, (node) => node.attributes['data-subject'] === subject)[0].attributes.class;
    assert.equal(classOf('steps[0]'), 'milestone step done');
    assert.equal(classOf('steps[1]'), 'milestone step overdue');
    assert.equal(classOf('review'), 'milestone review overdue');
    assert.equal(classOf('steps[3]'), 'milestone step undated');
    assert.deepEqual(descendants(root, hasClass('badge')).map((node) => node.text), ['✓', '!', '!']);
  });

  it('makes milestones focusable buttons only when interactive, and can leave the stylesheet to the page', () => {
    const timeline = buildTimeline(fixturePlan('example'), TODAY);
    const still = parseXml(renderTimelineSvg(timeline));
    assert.equal(still.attributes.role, 'img');
    assert.equal(descendants(still, (node) => node.attributes.tabindex !== undefined).length, 0);
    assert.equal(descendants(still, (node) => node.name === 'style').length, 1);

    const live = parseXml(renderTimelineSvg(timeline, { interactive: true, embedStyle: false, idPrefix: 'p1' }));
    assert.equal(live.attributes.role, 'group');
    assert.equal(live.attributes['aria-labelledby'], 'p1-title');
    for (const node of descendants(live, hasClass('milestone'))) {
      assert.equal(node.attributes.tabindex, '0');
      assert.equal(node.attributes.role, 'button');
    }
    assert.equal(descendants(live, (node) => node.name === 'style').length, 0);
  });

  it('is deterministic, and draws even a plan with no dates or no goal', () => {
    const timeline = buildTimeline(fixturePlan('example'), TODAY);
    assert.equal(renderTimelineSvg(timeline), renderTimelineSvg(timeline));
    for (const yaml of ['goal: Something', 'steps:\n  - title: A', '{}']) {
      const root = parseXml(renderTimelineSvg(buildTimeline(planOf(yaml), TODAY)));
      assert.equal(descendants(root, hasClass('today')).length, 1);
    }
  });

  it('shortens by how wide characters draw, not how many there are, and never in the middle of a word', () => {
    assert.ok(shorten('W'.repeat(300), 80).length < 70);
    assert.ok(Array.from(shorten('東京チームのリーダーになる'.repeat(20), 80)).length <= 41);
    assert.ok(shorten('i'.repeat(300), 80).length > 100);
    assert.equal(shorten('Next: Team lead of the payments team, target 2026-12-24, in 17 days', 50), 'Next: Team lead of the payments team, target 2026-12-24,…');
    assert.ok(!/\u200D…$/u.test(shorten('👩‍💻'.repeat(60), 20)));
  });

  it('shortens long titles to the width but keeps them whole in labels and tooltips', () => {
    const long = 'Principal engineer '.repeat(12).trim();
    const root = parseXml(renderTimelineSvg(buildTimeline(planOf(`goal: G\nsteps:\n  - title: ${long}\n    target: 2027-01-01`), TODAY), { width: 480 }));
    const step = descendants(root, hasClass('step'))[0];
    const heading = descendants(step, hasClass('heading'))[0].text;
    assert.ok(heading.endsWith('…') && heading.length < 60, heading);
    assert.equal(step.children[0].text, `Step 1: ${long}`);
    assert.equal(root.attributes.width, '480');
  });
});
