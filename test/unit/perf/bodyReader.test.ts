import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LineIndex } from '../../../src/core/lineIndex';
import type { Body } from '../../../src/core/model';
import { readBody } from '../../../src/core/parse/body';
import { makePlan } from '../../../scripts/bench/plans';
import { referenceBody } from './referenceBody';

/**
 * The body reader walks micromark's events instead of building a syntax tree. These tests hold it
 * to the tree-based reader it replaced, on real plans and on many generated Markdown bodies full of
 * the constructs that decide what a heading's text is, where a list item ends and which HTML counts.
 */
const FRAGMENTS = [
  '# Title',
  '## *Emphasis* &amp; [a link](https://example.invalid "t") `code` &#65;&#x42;',
  '### ![an image](x.png) after the image',
  '# closing sequence ##',
  '#not a heading',
  '  ## indented heading',
  'Setext heading\n===',
  'Two line\nsetext heading\n---',
  'Hard break  \nin a paragraph\n====',
  '- [ ] task',
  '- [x] done (due 2027-01-15)',
  '* [X] capital check',
  '1. [ ] ordered task',
  '2) [x] other ordered',
  '- [ ]  two spaces before',
  '- [ ]\ttab before',
  '- [ ]',
  '- [ ] ',
  '- [ ]\n  next line label',
  '- [ ] a label\n  on two lines (due 2026-03-01)',
  '- [ ] hard  \n  break',
  '- [ ] back\\\n  slash break',
  '- [ ] <!-- career-plan-disable CP101 --> inline comment',
  '- [ ] **bold** _em_ [l](u "t") ![i](u) <https://a.invalid> <me@a.invalid> &#65; &copy; \\* `x`',
  '- [ ] [ref] shortcut and [text][ref] full and [ref][] collapsed and [nope]',
  '- [ ] task (due 2027-02-30)',
  '- [ ] due: 2027-01-01 (due: 2027-03-03)',
  '- [ ] (DUE 2027-04-04) first',
  '  - [x] nested two',
  '    - [ ] nested four',
  '      - [ ] nested six',
  '- plain item',
  '-',
  '+ [ ] plus task',
  '- # heading in an item',
  '- > [ ] quote in an item',
  '- [ ] task\n\n  second paragraph of it',
  '- [ ] task\n      indented code in it',
  '<!-- career-plan-disable-next-line CP101 -->',
  '<!-- career-plan-enable -->',
  '<div>\n<!-- career-plan-disable -->\n</div>',
  '<!-- multi\nline career-plan-disable-line CP2 -->',
  '<!-- career-plan-disable\n\nafter a blank -->',
  'text <!-- career-plan-disable-line --> inline',
  '![<!-- career-plan-disable -->](x)',
  '[<!-- career-plan-disable CP3 -->](x)',
  '# heading <!-- career-plan-disable -->',
  '> - [ ] quoted task',
  '> # quoted heading',
  '> <!-- career-plan-disable -->',
  '> a quote\ncontinued lazily',
  '```\n- [ ] not a task\n<!-- career-plan-disable -->\n```',
  '~~~md\n# not a heading\n~~~',
  '    indented code',
  '`` `code` `` and `a\nb` spans',
  '[ref]: https://example.invalid',
  '***',
  '',
  '',
  'A paragraph with *emphasis\nacross lines* and text.',
  '[link\nacross](https://x.invalid) lines',
];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generatedBody(seed: number): string {
  const next = random(seed);
  const parts: string[] = [];
  const count = 3 + Math.floor(next() * 18);
  for (let i = 0; i < count; i++) {
    let fragment = FRAGMENTS[Math.floor(next() * FRAGMENTS.length)];
    if (next() < 0.2) fragment = fragment.replace(/^/gm, '  ');
    if (next() < 0.1) fragment = fragment.replace(/^/gm, '> ');
    parts.push(fragment, next() < 0.5 ? '\n' : '\n\n');
  }
  const body = parts.join('');
  return next() < 0.15 ? body.replace(/\n/g, '\r\n') : body;
}

/** A body as plain data: headings, tasks (with their heading's index) and directives. */
function summary(body: Body): unknown {
  return {
    offset: body.offset,
    headings: body.headings,
    tasks: body.tasks.map((task) => ({ ...task, heading: task.heading ? body.headings.indexOf(task.heading) : -1 })),
    directives: body.directives,
  };
}

function agree(text: string, offset: number, name: string): void {
  const lines = new LineIndex(text);
  assert.deepEqual(summary(readBody(text, offset, lines)), summary(referenceBody(text, offset, lines)), `${name}:\n${text.slice(offset)}`);
}

describe('body reader (micromark events, no syntax tree)', function () {
  // The tree-based reference is the slow part; the suite stays under a few seconds.
  this.timeout(30_000);

  it('reads a generated typical plan like the tree-based reader', () => {
    const text = makePlan('typical', 7);
    agree(text, text.indexOf('# Notes'), 'typical');
  });

  it('reads the fixture and example plans like the tree-based reader', () => {
    for (const dir of ['test/fixtures/plans', 'examples']) {
      for (const file of readdirSync(dir).filter((name) => name.endsWith('.md'))) {
        const text = readFileSync(join(dir, file), 'utf8');
        const close = text.indexOf('\n---', 3);
        agree(text, close === -1 ? 0 : text.indexOf('\n', close + 1) + 1 || text.length, file);
      }
    }
  });

  // BODY_SEEDS=20000 npx mocha … runs a longer search once a change to the reader needs it.
  const seeds = Number(process.env.BODY_SEEDS ?? 300);
  it(`reads ${seeds} generated bodies of tricky Markdown like the tree-based reader`, function () {
    if (process.env.BODY_SEEDS) this.timeout(0);
    for (let seed = 1; seed <= seeds; seed++) {
      const body = generatedBody(seed);
      const prefix = seed % 3 === 0 ? '---\ngoal: g\n---\n' : '';
      agree(prefix + body, prefix.length, `seed ${seed}`);
    }
  });

  it('keeps a heading and a task in document order with the task pointing at the heading above it', () => {
    const text = '# A\n- [ ] one\n## B\n  - [x] two (due 2027-01-15)\n';
    const body = readBody(text, 0, new LineIndex(text));
    assert.deepEqual(body.tasks.map((task) => [task.text, task.checked, task.heading?.text, task.due?.value]), [['one', false, 'A', undefined], ['two', true, 'B', '2027-01-15']]);
  });
});
