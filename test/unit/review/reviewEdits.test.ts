import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { applyEdits } from '../../../src/core/edits';
import { parsePlan } from '../../../src/core/parse/parsePlan';
import { reviewAgenda, reviewEdits, type ReviewAnswers } from '../../../src/core/review';

const FIXTURES = path.join(__dirname, '../../fixtures/review');
const read = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const TODAY = '2026-12-07';

/** Each fixture plan, the answers of one review of it, and the plan as that review leaves it (`*.reviewed.md`). */
const CASES: readonly { name: string; answers: ReviewAnswers }[] = [
  {
    // Block style, comments everywhere, a flow `review:`, a bare gap, a `## Reviews` section with a section after it.
    name: 'due',
    answers: {
      steps: [{ index: 0, reached: '2026-11-28' }, { index: 1, target: '2027-09-30' }, { index: 2 }],
      gaps: [{ index: 0, closed: TODAY }, { index: 1, action: 'Sit in on the Q1 budget review' }, { index: 2 }],
      focus: 2,
      asked: 'Dana (manager), Sam (mentor)',
      named: [{ title: 'Hiring', source: 'Dana' }, { title: 'Cross-team influence' }],
      wins: 'shipped the billing migration; mentored two juniors',
      goal: { holds: true },
    },
  },
  {
    // Lists level with their keys, flow gaps, no `review:`, no section, no line break at the end.
    name: 'bare',
    answers: {
      steps: [{ index: 0, target: '2027-03-31' }, { index: 1, reached: TODAY }],
      gaps: [{ index: 0, closed: '2026-12-01' }, { index: 1, action: 'Run the next retro' }],
      named: [{ title: 'Public speaking', source: 'Ana, mentor' }],
      goal: { holds: false, goal: 'Lead a design team of five at a product company by 2030' },
    },
  },
  {
    // CRLF line breaks and a comment after `last:`.
    name: 'crlf',
    answers: { steps: [{ index: 0, target: '2027-04-30' }], gaps: [{ index: 0, closed: TODAY }], named: [], wins: 'talk accepted', goal: { holds: true } },
  },
];

describe('review: the edits of a whole review', () => {
  for (const { name, answers } of CASES) {
    it(`writes ${name}.reviewed.md byte for byte from ${name}.plan.md`, () => {
      const before = read(`${name}.plan.md`);
      const parsed = parsePlan(before);
      const after = applyEdits(before, reviewEdits(parsed, answers, TODAY));
      assert.equal(after, read(`${name}.reviewed.md`));
      assert.deepEqual(parsePlan(after).problems.map((problem) => problem.ruleId), parsed.problems.map((problem) => problem.ruleId));
    });

    it(`keeps every untouched byte of ${name}.plan.md: the edits replace only characters that change`, () => {
      const before = read(`${name}.plan.md`);
      const edits = reviewEdits(parsePlan(before), answers, TODAY);
      const replaced = edits.reduce((total, edit) => total + edit.span.end - edit.span.start, 0);
      // Dates rewritten in place (a few characters each), a bare gap's title line or two, a re-ranked gap: never whole stretches.
      assert.ok(replaced < 80, `${replaced} characters replaced: ${JSON.stringify(edits)}`);
      const kept = keptPieces(before, edits);
      const after = applyEdits(before, edits);
      let from = 0;
      for (const piece of kept) {
        const at = after.indexOf(piece, from);
        assert.ok(at !== -1, `lost: ${JSON.stringify(piece)}`);
        from = at + piece.length;
      }
      for (const comment of before.match(/#[^\r\n]*/g) ?? []) assert.ok(after.includes(comment), `comment lost: ${comment}`);
      if (before.includes('\r\n')) assert.ok(!/[^\r]\n/.test(after), 'a CRLF file gained a bare LF');
    });
  }

  it('with nothing answered, sets review.last and appends an entry that says only what was asked', () => {
    const before = read('due.plan.md');
    const after = applyEdits(before, reviewEdits(parsePlan(before), { steps: [], gaps: [], named: [] }, TODAY));
    assert.equal(after, before.replace('last: 2026-08-01 }', `last: ${TODAY} }`).replace('- Goal: still holds\n', `- Goal: still holds\n\n### Review ${TODAY}\n`));
  });

  it('keeps the text the person typed on one line, so it cannot start a heading or a list', () => {
    const before = read('crlf.plan.md');
    const after = applyEdits(before, reviewEdits(parsePlan(before), { steps: [], gaps: [], named: [], wins: 'a talk\r\n## Hacked\n- item' }, TODAY));
    assert.ok(after.endsWith(`### Review ${TODAY}\r\n- Wins: a talk ## Hacked - item\r\n`), after);
  });

  it('writes nothing to a plan whose frontmatter cannot be edited safely', () => {
    const broken = '---\ngoal: [unclosed\nsteps:\n  - a\n---\n';
    assert.deepEqual(reviewEdits(parsePlan(broken), { steps: [], gaps: [], named: [] }, TODAY), []);
    assert.deepEqual(reviewEdits(parsePlan('# Just notes\n'), { steps: [], gaps: [], named: [] }, TODAY), []);
  });

  it('ranks the chosen gap first among the open ones, after the gaps closed at the review', () => {
    const before = ['---', 'goal: x', 'gaps:', '  - A', '  - B', '  - C', '---', ''].join('\n');
    const after = applyEdits(before, reviewEdits(parsePlan(before), { steps: [], gaps: [{ index: 0, closed: TODAY }], focus: 2, named: [] }, TODAY));
    assert.match(after, /gaps:\n {2}- title: A\n {4}status: closed\n {4}closed: 2026-12-07\n {2}- C\n {2}- B\n/);
    assert.match(after, /- Closed: A\n- Focus: C\n/);
  });

  it('says nothing of the focus when the chosen gap is first anyway', () => {
    const before = ['---', 'goal: x', 'gaps:', '  - A', '  - B', '---', ''].join('\n');
    const after = applyEdits(before, reviewEdits(parsePlan(before), { steps: [], gaps: [{ index: 0, closed: TODAY }], focus: 1, named: [] }, TODAY));
    assert.doesNotMatch(after, /Focus:/);
    assert.match(after, /gaps:\n {2}- title: A\n {4}status: closed\n {4}closed: 2026-12-07\n {2}- B\n/);
  });
});

describe('review: the agenda', () => {
  it('walks the steps not reached and the open gaps in rank order, with each gap’s next action', () => {
    const agenda = reviewAgenda(parsePlan(read('due.plan.md')).plan, TODAY);
    assert.equal(agenda.lastReview, '2026-08-01');
    assert.equal(agenda.goal, 'Become staff engineer on the payments platform by 2028');
    assert.deepEqual(agenda.steps.map((step) => [step.index, step.title, step.target]), [
      [0, 'Senior engineer', '2026-11-30'],
      [1, 'Tech lead of the ledger team', '2027-06-30'],
      [2, 'Staff engineer', '2028-03-31'],
    ]);
    assert.deepEqual(agenda.steps[1].laterTargets, ['2027-07-30', '2027-09-30', '2027-12-30']);
    assert.deepEqual(agenda.gaps, [
      { index: 0, title: 'Public speaking', nextAction: 'Give the team talk on idempotency' },
      // The body's task under `## Budget ownership` is that gap's action.
      { index: 1, title: 'Budget ownership', nextAction: 'Ask to shadow the planning cycle' },
      { index: 2, title: 'Writing design docs: the long form', nextAction: undefined },
    ]);
  });

  it('leaves out steps already reached and gaps already closed', () => {
    const text = ['---', 'goal: x', 'steps:', '  - title: A', '    done: 2026-01-01', '  - B', 'gaps:', '  - title: C', '    status: closed', '  - D', '---', ''].join('\n');
    const agenda = reviewAgenda(parsePlan(text).plan, TODAY);
    assert.deepEqual(agenda.steps.map((step) => step.title), ['B']);
    assert.deepEqual(agenda.steps[0].laterTargets, []);
    assert.deepEqual(agenda.gaps.map((gap) => [gap.index, gap.title]), [[1, 'D']]);
  });
});

/** The stretches of `text` no edit touches, in order. */
function keptPieces(text: string, edits: readonly { span: { start: number; end: number } }[]): string[] {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start);
  const pieces: string[] = [];
  let at = 0;
  for (const edit of sorted) {
    pieces.push(text.slice(at, edit.span.start));
    at = edit.span.end;
  }
  pieces.push(text.slice(at));
  return pieces.filter((piece) => piece.length > 0);
}
