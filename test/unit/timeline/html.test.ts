import * as assert from 'node:assert/strict';
import { buildHistory } from '../../../src/core/history/model';
import { contentSecurityPolicy, timelineContent, timelinePageHtml } from '../../../src/extension/timeline/html';
import { fixturePlan, fixtureText, TODAY } from './fixtures';
import { descendants, parseXml } from './xml';

describe('timeline webview page', () => {
  const cspSource = 'https://file+.vscode-resource.vscode-cdn.net';
  const nonce = 'bm9uY2Utb2YtdGhlLXRlc3Q=';
  const hostile = fixtureText('hostile.plan.md');
  // The trend chart too, from two versions of the hostile plan, so every check below covers it.
  const history = buildHistory({ text: hostile, versions: [{ date: '2026-01-01', text: hostile.replace('2027-06-30', '2027-03-31') }, { date: '2026-06-01', text: hostile }], today: TODAY });
  const content = timelineContent(fixturePlan('hostile.plan.md'), TODAY, undefined, history);
  const html = timelinePageHtml({ ...content, title: 'Timeline: <b>"me"</b>.md', cspSource, nonce });

  it('declares a nonce Content-Security-Policy that allows nothing else', () => {
    assert.equal(contentSecurityPolicy(cspSource, nonce), `default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src ${cspSource} data:;`);
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
    assert.ok(meta);
    assert.equal(meta[1].replace(/&#39;/g, "'"), contentSecurityPolicy(cspSource, nonce));
  });

  it('has one style and one script, both with the nonce, and nothing inline or remote besides', () => {
    assert.deepEqual(html.match(/<style[^>]*>/g), [`<style nonce="${nonce}">`]);
    assert.deepEqual(html.match(/<script[^>]*>/g), [`<script nonce="${nonce}">`]);
    assert.doesNotMatch(html, /\son[a-z]+\s*=/i, 'no inline event handlers');
    assert.doesNotMatch(html, /\sstyle\s*=/i, 'no style attributes (the CSP would block them)');
    assert.doesNotMatch(html, /\s(src|href)\s*=/i, 'no resources to load');
    assert.deepEqual([...new Set(html.match(/https?:\/\/[^\s"'<)]+/g))], [cspSource, 'http://www.w3.org/2000/svg']);
  });

  it('escapes plan text and the title', () => {
    assert.match(html, /<title>Timeline: &lt;b&gt;&quot;me&quot;&lt;\/b&gt;\.md<\/title>/);
    assert.doesNotMatch(html.replace(`<script nonce="${nonce}">`, ''), /<script|<b>|<i>/);
    assert.match(html, /Lead a &lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; platform group &amp; &#39;grow&#39;/);
  });

  it('gives the page focusable milestones and list buttons, without a stylesheet inside the picture', () => {
    const svg = parseXml(content.svg);
    assert.equal(descendants(svg, (node) => node.name === 'style').length, 0);
    assert.ok(descendants(svg, (node) => node.attributes.tabindex === '0').length > 5);
    assert.match(content.list, /<button type="button" class="reveal" data-subject="steps\[1\]"/);
  });

  it('draws the trend chart under the picture, without a stylesheet of its own, and nothing without a history', () => {
    assert.ok(html.indexOf('<div id="trend"><svg') > html.indexOf('<div id="timeline"><svg'));
    const trend = parseXml(content.trend);
    assert.equal(trend.attributes.class, 'cp-trend');
    assert.equal(descendants(trend, (node) => node.name === 'style').length, 0);
    assert.equal(timelineContent(fixturePlan('example'), TODAY).trend, '');
  });

  it('draws the picture to the width the panel reports', () => {
    assert.equal(parseXml(timelineContent(fixturePlan('example'), TODAY, 420).svg).attributes.width, '420');
  });
});
