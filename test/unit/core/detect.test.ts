import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { DETECT_FRONTMATTER_LIMIT, judgeHead, looksLikePlan } from '../../../src/core/format/detect';
import { DEFAULT_MAX_FRONTMATTER_LENGTH } from '../../../src/core/parse/parsePlan';

const PLAN = '---\ngoal: Lead the platform team by 2029\nsteps:\n  - Staff engineer\n---\n# Notes\n';
const PAGE = '---\ntitle: Search index\ntags: [how-to]\n---\n# Search index\n\nHow the index is built.\n';

/** Every head of `text` a reader could stop at, with whether it is the whole text. */
function heads(text: string): [string, boolean][] {
  return Array.from({ length: text.length + 1 }, (_, n) => [text.slice(0, n), n === text.length]);
}

describe('looksLikePlan and judgeHead', () => {
  it('tells a plan by its frontmatter: a goal and steps or gaps, in any case or by an alias', () => {
    assert.equal(looksLikePlan(PLAN), true);
    assert.equal(looksLikePlan(PLAN.replace('steps', 'Gaps')), true);
    assert.equal(looksLikePlan(PAGE), false);
    assert.equal(looksLikePlan('# goal: none\nsteps: none\n'), false);
    assert.equal(looksLikePlan('---\ngoal: x\n---\nsteps: outside the frontmatter\n'), false);
  });

  it('answers from a head exactly as from the whole text, or not yet', () => {
    for (const text of [PLAN, PAGE, `\uFEFF${PLAN}`, PLAN.replace(/\n/g, '\r\n'), '---\ngoal: x\n', '--- \ngoal: x\nsteps: y', '-- not a fence\n', '---', '']) {
      const whole = looksLikePlan(text);
      for (const [head, complete] of heads(text)) {
        const verdict = judgeHead(head, complete);
        assert.ok(verdict === undefined || verdict === whole, `${JSON.stringify(head)} of ${JSON.stringify(text)}: ${verdict}, whole: ${whole}`);
        if (complete) assert.equal(verdict, whole);
      }
    }
  });

  it('decides a page with no frontmatter, or a closed one, from its first characters', () => {
    assert.equal(judgeHead('# Search index\n', false), false);
    assert.equal(judgeHead(PAGE.slice(0, PAGE.indexOf('# Search')), false), false);
    assert.equal(judgeHead(PLAN.slice(0, PLAN.indexOf('  - Staff')), false), true, 'both keys seen: more text cannot undo that');
    assert.equal(judgeHead('---\ntitle: Long\ndescription: still open', false), undefined);
  });

  it('reads no further than the parser would: an open frontmatter is judged at 100,000 characters', () => {
    assert.equal(DETECT_FRONTMATTER_LIMIT, DEFAULT_MAX_FRONTMATTER_LENGTH);
    const long = `---\n${'note: x\n'.repeat(DETECT_FRONTMATTER_LIMIT / 8)}goal: late\nsteps: late\n---\n`;
    assert.equal(looksLikePlan(long), false);
    assert.equal(judgeHead(long.slice(0, DETECT_FRONTMATTER_LIMIT), false), false);
    assert.equal(judgeHead(long.slice(0, DETECT_FRONTMATTER_LIMIT - 1), false), undefined);
  });

  it('agrees with the whole text on every head of generated frontmatters', () => {
    const line = fc.constantFrom('goal: a', 'steps:', 'gaps: []', 'title: t', '  - item', '---', '--', '', 'GOAL : b', 'milestones:', '# c');
    const text = fc.tuple(fc.constantFrom('---\n', '--- \r\n', '\uFEFF---\n', '', '--\n'), fc.array(line, { maxLength: 8 }), fc.constantFrom('\n', '\r\n')).map(([fence, lines, eol]) => fence + lines.join(eol));
    fc.assert(
      fc.property(text, (whole) => {
        const expected = looksLikePlan(whole);
        return heads(whole).every(([head, complete]) => {
          const verdict = judgeHead(head, complete);
          return complete ? verdict === expected : verdict === undefined || verdict === expected;
        });
      }),
      { numRuns: 500 },
    );
  });
});
