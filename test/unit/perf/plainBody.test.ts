import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LineIndex } from '../../../src/core/document/lineIndex';
import type { Body } from '../../../src/core/plan/model';
import { readMarkdownParts } from '../../../src/core/parse/body';
import { readPlainBody } from '../../../src/core/parse/plainBody';
import { makePlan } from '../../../scripts/bench/plans';
import { random } from './markdownSamples';

/**
 * The plain reader reads a body without micromark when every line has one of a few everyday
 * shapes. Whenever it reads one, it must read it exactly as micromark does; these tests compare the
 * two on real plans and on many bodies mixing those shapes with lines that look almost like them.
 */
function summary(body: Body): unknown {
  return {
    offset: body.offset,
    unreadFrom: body.unreadFrom,
    headings: body.headings,
    tasks: body.tasks.map((task) => ({ ...task, heading: task.heading ? body.headings.indexOf(task.heading) : -1 })),
    directives: body.directives,
  };
}

/** Whether the plain reader read the text; when it did, it read it as micromark does. */
function agreesWhenPlain(text: string, offset: number, end: number, name: string): boolean {
  const lines = new LineIndex(text);
  const plain = readPlainBody(text, offset, lines, end);
  if (!plain) return false;
  const markdown = readMarkdownParts(text, offset, lines, end);
  // micromark stops at a stretch too costly for it (body.ts's uncutTooCostly); the plain reader reads on.
  if (markdown.body.unreadFrom !== undefined) return true;
  const shown = JSON.stringify(text.slice(offset, end));
  assert.deepEqual(summary(plain.body), summary(markdown.body), `${name}: ${shown}`);
  assert.deepEqual(plain.sections, markdown.sections, `${name}: sections of ${shown}`);
  return true;
}

function bodyStart(text: string): number {
  const close = text.indexOf('\n---', 3);
  return close === -1 ? 0 : text.indexOf('\n', close + 1) + 1 || text.length;
}

/** Lines of the shapes the plain reader takes. */
const PLAIN = [
  '# Heading',
  '## Notes for 2027: what I learned (so far)',
  '###### Six deep',
  '# C# and F# > Java ~ maybe!',
  // Spaces that are not a space or a tab to CommonMark, but are to JavaScript's trim.
  '# \u00a0no-break and em spaces\u2003',
  '## \ufeff',
  '- [ ] ideographic space\u3000',
  '- [ ] a task',
  '- [x] done (due 2027-01-15)',
  '- [X] capital check (due: 2027-03-03)',
  '- [ ] a task whose text\ngoes on under it',
  '- [ ] due later\n(due 2027-05-05) on the next line',
  '- [ ] bad date (due 2027-02-30)',
  '- [ ] #hashtag and 100% (DUE 2027-04-04) first',
  '- a plain item with *emphasis* and [a link](https://x.invalid)',
  '- Ünïcode item',
  '> A quote with `code` and **bold**',
  '> Second quote line',
  '<!-- career-plan-disable-next-line CP101 -->',
  '<!-- career-plan-disable CP101, CP201 -->',
  '<!-- career-plan-enable -->',
  '<!-- just a note -->',
  '<!-- a -- b --->',
  'A paragraph with *emphasis* and [a link](u) and `code` and <b>html</b> & more.',
  'a second line of it, with trailing spaces   ',
  'Ünïcode paragraph',
  '日本語の段落',
  // Setext headings and thematic breaks, as journals write them.
  '2026-01-05 Met with the hiring panel',
  'A journal entry\n---',
  'Big news\n===',
  '[ref1]: https://example.invalid/a',
  '[My Ref]: docs/plan.md',
  '---',
  '-----   ',
  '```text\ncode\n- [ ] not a task\n<!-- career-plan-disable -->\n# not a heading\n```',
  '~~~\n# not a heading\n\n    indented\n~~~~',
  '````md\n> quoted\n````',
  '',
  '',
  '   ',
  '\t',
];

/** Lines that look almost like them: the plain reader must leave these to micromark, or read them right. */
const NEAR = [
  '#no space',
  '#  two spaces',
  '# trailing space ',
  '# closing ##',
  '# with *emphasis*',
  '# with [link](u)',
  '# with &amp;',
  '# tab\there',
  '####### seven',
  '#',
  '- [ ]',
  '- [ ] ',
  '- [ ]  two spaces',
  '- [ ]\ttab',
  '- [ ] trailing ',
  '- [ ] with [ref]',
  '- [ ] with &amp;',
  '- [ ] with `code`',
  '- [ ] back\\slash',
  '- [y] not a check',
  '- [ ]x',
  '-  two spaces',
  '-',
  '- 1. nested',
  '- # heading in item',
  '- <!-- career-plan-disable -->',
  '---',
  '***',
  '===',
  '  indented paragraph',
  '    indented code',
  '1. ordered',
  '2) ordered',
  '* star item',
  '+ plus item',
  '>no space',
  '> - [ ] quoted task',
  '> <!-- career-plan-disable -->',
  '> 1. quoted list',
  '<!-->',
  '<!--->',
  '<!---->',
  '<!--x-->',
  '<!-- a --> tail',
  '<!-- a -->-->',
  '<!-- unclosed',
  'closed -->',
  '<div>',
  'text <!-- career-plan-disable-line --> inline',
  '[ref]: https://x.invalid',
  '[ref]:no-space',
  '[ ]: x',
  '[ref]: <x y>',
  '[ref]: url "title"',
  "[ref]: url\n'title'",
  '[a]: b\n===',
  'text\n[ref]: url',
  '[ref]',
  '```\nunclosed fence',
  '``` info`tick\n```',
  '```\n  ```\n```',
  '```\ninner\n~~~\n```',
  '~~~\ninner\n~~~ not a close\n~~~',
  '```\nshort close\n``',
  '\uFEFFbom paragraph',
  'nul\u0000paragraph',
  '- [ ] nul\u0000task',
  '12 not a list',
  '2026',
  '1999. ordered',
  '3) ordered',
  'Two line\nparagraph\n---',
  'Three\nline\nheading\n===',
  '- item\n---',
  '> quote\n---',
  'lazy\n- item\nline\n---',
  '==',
  '--',
  '--- trailing text',
  '===   ',
  ' ---',
  'Trailing space \n---',
  'with *emphasis*\n---',
];

function mixedBody(seed: number): string {
  const next = random(seed);
  const parts: string[] = [];
  const count = 2 + Math.floor(next() * 16);
  for (let i = 0; i < count; i++) {
    const from = next() < 0.85 ? PLAIN : NEAR;
    parts.push(from[Math.floor(next() * from.length)], next() < 0.6 ? '\n' : '\n\n');
  }
  const body = next() < 0.3 ? parts.join('').replace(/\n+$/, '') : parts.join('');
  const breaks = next();
  return breaks < 0.15 ? body.replace(/\n/g, '\r\n') : breaks < 0.2 ? body.replace(/\n/g, '\r') : body;
}

describe('plain body reader (no tokenizer for everyday notes)', function () {
  this.timeout(30_000);

  it('reads generated typical plans, as micromark does', () => {
    for (const seed of [1, 2, 3_000_000]) {
      const text = makePlan('typical', seed);
      assert.ok(agreesWhenPlain(text, bodyStart(text), text.length, `typical ${seed}`), `typical ${seed} is read plainly`);
    }
  });

  it('reads the fixture and example plans it takes as micromark does', () => {
    let plain = 0;
    for (const dir of ['test/fixtures/plans', 'examples']) {
      for (const file of readdirSync(dir).filter((name) => name.endsWith('.md'))) {
        const text = readFileSync(join(dir, file), 'utf8');
        if (agreesWhenPlain(text, bodyStart(text), text.length, file)) plain++;
      }
    }
    assert.ok(plain > 0, 'some fixture is read plainly');
  });

  // PLAIN_SEEDS=200000 npx mocha … runs a longer search once a change to the reader needs it.
  const seeds = Number(process.env.PLAIN_SEEDS ?? 3000);
  it(`reads ${seeds} bodies of plain and almost-plain lines as micromark does, whole or up to a line`, function () {
    if (process.env.PLAIN_SEEDS) this.timeout(0);
    let plain = 0;
    for (let seed = 1; seed <= seeds; seed++) {
      const prefix = seed % 3 === 0 ? '---\ngoal: g\n---\n' : '';
      const text = prefix + mixedBody(seed);
      if (agreesWhenPlain(text, prefix.length, text.length, `seed ${seed}`)) plain++;
      // Sections are re-read up to a later line's end.
      const lineEnds = [...text.slice(prefix.length).matchAll(/\r\n|\n|\r/g)].map((match) => prefix.length + match.index + match[0].length);
      if (lineEnds.length > 1) agreesWhenPlain(text, prefix.length, lineEnds[seed % lineEnds.length], `seed ${seed}, cut`);
    }
    // The search means something only if the plain reader takes a good share of the bodies.
    assert.ok(plain > seeds / 5, `${plain} of ${seeds} read plainly`);
  });

  it('reads a long quote or task list whole, where micromark stops for its own cost', () => {
    // One quote of 1,000 lines cannot be cut into pieces, and micromark's reader stops at it (see uncutTooCostly).
    const text = `# Quotes\n${'> a line of one long quote\n'.repeat(1_000)}`;
    const lines = new LineIndex(text);
    assert.equal(readPlainBody(text, 0, lines, text.length)?.body.unreadFrom, undefined);
    assert.equal(readMarkdownParts(text, 0, lines).body.unreadFrom, 0);
    // 3,000 tasks in one list: every one is read, each under the heading above the list.
    const tasks = `# Actions\n${Array.from({ length: 3_000 }, (_, i) => `- [ ] action ${i} (due 2027-01-15)\n`).join('')}`;
    const read = readPlainBody(tasks, 0, new LineIndex(tasks), tasks.length);
    assert.equal(read?.body.tasks.length, 3_000);
    assert.equal(read?.body.tasks[2_999].heading?.text, 'Actions');
    // A long body cut by headings into short stretches is read plainly, as micromark reads it.
    for (const seed of [4, 5]) {
      const large = makePlan('large', seed);
      assert.ok(agreesWhenPlain(large, bodyStart(large), large.length, `large ${seed}`), `large ${seed} is read plainly`);
    }
  });
});
