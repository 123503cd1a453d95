import { random } from '../../../scripts/bench/random';

// The generator the samples are drawn with, for the tests that draw their own.
export { random };

/**
 * Generated Markdown full of the constructs that decide what a heading's text is, where a list item
 * ends and which HTML counts: the body reader's and the section re-reader's test data.
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
  // The date written before its note (found first in the document), two notes, a no-break space.
  '- [ ] 2027-05-05 call back (due 2027-05-05)',
  '- [ ] a (due 2027-01-01) then b (due 2027-02-02)',
  '- [ ] odd space (due:\u00a02027-06-06) and (due2027-07-07)',
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

export function generatedBody(seed: number): string {
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

