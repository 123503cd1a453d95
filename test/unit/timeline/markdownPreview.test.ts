import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import frontMatter from 'markdown-it-front-matter';
import { markdownPreview } from '../../../src/extension/markdownPreview';
import { fixtureText, TODAY } from './fixtures';
import { parseXml } from './xml';

/**
 * An engine set up the way VS Code 1.100's Markdown preview sets up its own: extension plugins
 * first, then the front-matter block rule taken out of markdown-it-front-matter, which turns the
 * frontmatter into a hidden token.
 */
function previewEngine(): MarkdownIt {
  const md = markdownPreview(() => TODAY).extendMarkdownIt(new MarkdownIt({ html: true }));
  let rule: Parameters<MarkdownIt['block']['ruler']['before']>[2] | undefined;
  const capture = { block: { ruler: { before: (_before: string, _name: string, found: typeof rule) => (rule = found) } } };
  frontMatter(capture as unknown as MarkdownIt, () => undefined);
  md.block.ruler.before('fence', 'front_matter', rule!, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  return md;
}

const figureOf = (html: string) => /<figure[\s\S]*?<\/figure>/.exec(html)?.[0];

describe('Markdown preview plugin', () => {
  it('draws the timeline where the hidden frontmatter was, then the notes', () => {
    const html = previewEngine().render(fixtureText('example'));
    assert.match(html, /^<figure class="career-plan-timeline code-line" data-line="0">\n<style>/);
    assert.match(html, /<\/figure>\n<h1>Notes<\/h1>/);
    assert.doesNotMatch(html, /goal:|steps:/, 'the YAML itself stays hidden');
    const figure = parseXml(figureOf(html)!);
    assert.deepEqual(figure.children.map((child) => child.name), ['style', 'svg', 'details']);
    assert.equal(figure.children[1].attributes['aria-labelledby'], 'career-plan-preview-title');
  });

  it('shows plan text escaped, never as markup', () => {
    const figure = figureOf(previewEngine().render(fixtureText('hostile.plan.md')))!;
    assert.doesNotMatch(figure, /<script|<b>|<i>/);
    assert.match(figure, /&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt;/);
    parseXml(figure);
  });

  it('leaves other Markdown files exactly as they were', () => {
    const plain = new MarkdownIt({ html: true });
    for (const text of ['# Hello\n\nText.', '---\ntitle: A blog post\n---\n\n# Hello', '']) {
      const withPlugin = previewEngine().render(text);
      assert.doesNotMatch(withPlugin, /career-plan-timeline/);
      if (!text.startsWith('---')) assert.equal(withPlugin, plain.render(text));
    }
  });

  it('puts the timeline first in an engine that does not hide frontmatter', () => {
    const md = markdownPreview(() => TODAY).extendMarkdownIt(new MarkdownIt({ html: true }));
    assert.match(md.render(fixtureText('example')), /^<figure class="career-plan-timeline/);
  });

  it("follows the clock's day", () => {
    let today = '2026-11-24';
    const md = markdownPreview(() => today).extendMarkdownIt(new MarkdownIt({ html: true }));
    assert.match(md.render(fixtureText('example')), /Today is 2026-11-24/);
    today = '2027-04-01';
    assert.match(md.render(fixtureText('example')), /Today is 2027-04-01\. 3 steps, 0 done, 1 overdue/);
  });
});
