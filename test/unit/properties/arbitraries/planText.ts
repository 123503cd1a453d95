import fc from 'fast-check';
import { hostile, validDate } from './scalars';
import { fullFrontmatter, yamlishFrontmatter } from './yamlish';

/**
 * Whole plan files: an optional byte-order mark, an opening fence (sometimes naming another
 * language), the YAML-ish frontmatter, a closing fence (or none, or a wrong one), and a Markdown body
 * with the headings, task lists and comments the parser reads, all with \n, \r\n or mixed line breaks.
 */
const openingFence = fc.oneof(
  { weight: 12, arbitrary: fc.constant('---') },
  { weight: 1, arbitrary: fc.constantFrom('--- ', '---yaml', '---YML', '---js', '--- javascript', '---coffee', '---json', '---toml', '---ejs', '----', '-- -') },
);

const closingFence = fc.oneof(
  { weight: 12, arbitrary: fc.constant('---') },
  { weight: 1, arbitrary: fc.constantFrom('', '...', '--- ', '----', '---x', ' ---') },
);

const bodyLine = fc.oneof(
  fc.constantFrom(
    '',
    '# Notes',
    '## Budget ownership',
    '### Gap: Hiring and interviewing',
    '## 2. Director of engineering',
    '- [ ] Shadow the budget planning cycle',
    '- [x] Read the planning guide',
    '* [X] done with a star',
    '  - [ ] nested task',
    '<!-- career-plan-disable CP005 -->',
    '<!-- career-plan-enable -->',
    '<!-- career-plan-disable-next-line -->',
    '<!-- unclosed comment',
    '```',
    '```yaml',
    '    indented code',
    '---',
    '> quoted',
    '| a | b |',
    '[link]: command:workbench.action.quit',
    // Journal shapes (issue 18): setext underlines and thematic breaks after dated lines.
    '2026-01-05 Met with the hiring panel',
    '===',
    '-----',
    'An entry with *emphasis*',
  ),
  // A journal run: many `entry` / `---` pairs, the shape whose reading once grew with its square.
  fc.integer({ min: 2, max: 40 }).map((count) => Array.from({ length: count }, (_, i) => `2026-02-${String((i % 28) + 1).padStart(2, '0')} entry ${i}\n---`).join('\n')),
  validDate.map((date) => `- [ ] Book the course (due ${date})`),
  hostile.map((text) => `- [ ] ${text}`),
  fc.string({ maxLength: 30 }),
);

const body = fc.array(bodyLine, { maxLength: 12 }).map((lines) => lines.join('\n'));

/** Replaces each \n with a line break from the pattern, cycling, so one file can mix them. */
export function withLineBreaks(text: string, breaks: readonly string[]): string {
  if (breaks.length === 0) return text;
  let i = 0;
  return text.replace(/\n/g, () => breaks[i++ % breaks.length]);
}

const lineBreaks = fc.oneof(
  { weight: 6, arbitrary: fc.constant(['\n']) },
  { weight: 3, arbitrary: fc.constant(['\r\n']) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 1, maxLength: 4 }) },
);

export const planText: fc.Arbitrary<string> = fc
  .record({
    bom: fc.boolean(),
    opening: openingFence,
    yaml: yamlishFrontmatter,
    closing: closingFence,
    body,
    breaks: lineBreaks,
    finalBreak: fc.boolean(),
  })
  .map(({ bom, opening, yaml, closing, body, breaks, finalBreak }) => {
    const parts = [opening, yaml, ...(closing ? [closing] : []), body];
    const text = `${bom ? '\uFEFF' : ''}${parts.join('\n')}${finalBreak ? '\n' : ''}`;
    return withLineBreaks(text, breaks);
  });

/** Plans whose frontmatter reads cleanly and has most keys, the ones edits apply to: any line breaks, a BOM or not, a body. */
export const tidyPlanText: fc.Arbitrary<string> = fc
  .record({ bom: fc.boolean(), yaml: fullFrontmatter, body, breaks: lineBreaks, finalBreak: fc.boolean() })
  .map(({ bom, yaml, body, breaks, finalBreak }) => withLineBreaks(`${bom ? '\uFEFF' : ''}---\n${yaml}\n---\n${body}${finalBreak ? '\n' : ''}`, breaks));
