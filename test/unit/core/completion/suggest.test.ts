import * as assert from 'node:assert/strict';
import { endOfQuarter, nearChoices, targetChoices } from '../../../../src/core/completion/dateChoices';
import { suggestAt } from '../../../../src/core/completion/suggest';
import { knownKeys } from '../../../../src/core/format/lookup';
import { rules } from '../../../../src/core/rules/registry';

const TODAY = '2026-11-20';

function suggest(marked: string, steps?: string[]) {
  const offset = marked.indexOf('|');
  return suggestAt(marked.slice(0, offset) + marked.slice(offset + 1), offset, { today: TODAY, rules, steps });
}
const labels = (marked: string) => suggest(marked).map((item) => item.label);

describe('suggestAt', () => {
  it('offers the top-level keys not yet written, in the usual order', () => {
    // Every key of the format table but the one written, so a key added to the table is offered too.
    assert.deepEqual(labels('---\ngoal: Lead\n|\n---\n'), knownKeys('plan').filter((key) => key !== 'goal'));
  });

  it('offers the keys of each kind of mapping', () => {
    assert.deepEqual(labels('---\ngoal: L\nsteps:\n  - |\n---\n'), ['title', 'target', 'done', 'actions', 'notes']);
    assert.deepEqual(labels('---\ngoal: L\ngaps:\n  - title: Hiring\n    |\n---\n'), ['status', 'closed', 'source', 'blocks', 'actions', 'notes']);
    assert.deepEqual(labels('---\ngoal: L\nmoments:\n  - |\n---\n'), ['title', 'date', 'kind', 'prep', 'actions']);
    assert.deepEqual(labels('---\ngoal: L\ncompanies:\n  - |\n---\n'), ['name', 'priority', 'connections', 'motivation', 'postings', 'notes']);
    assert.deepEqual(labels('---\ngoal: L\nreview:\n  |\n---\n'), ['every', 'last']);
    assert.deepEqual(labels('---\ngoal: L\nsteps:\n  - title: Lead\n    actions:\n      - |\n---\n'), ['title', 'due', 'done']);
  });

  it('offers rule ids inside lint, and severities as their values', () => {
    assert.deepEqual(labels('---\ngoal: L\nlint:\n  |\n---\n'), rules.map((rule) => rule.id));
    assert.deepEqual(labels('---\ngoal: L\nlint:\n  CP005: |\n---\n'), ['error', 'warning', 'info', 'off']);
  });

  it('writes a list key with its first item indented under it, relative to the cursor line', () => {
    const steps = suggest('---\ngoal: L\n|\n---\n').find((item) => item.label === 'steps');
    assert.equal(steps?.insertText, 'steps:\n  - ');
    const actions = suggest('---\ngoal: L\nsteps:\n  - title: Lead\n    |\n---\n').find((item) => item.label === 'actions');
    assert.equal(actions?.insertText, 'actions:\n  - ');
    const onItemLine = suggest('---\ngoal: L\nsteps:\n  - |\n---\n').find((item) => item.label === 'actions');
    assert.equal(onItemLine?.insertText, 'actions:\n    - ');
  });

  it('writes a review with a cadence and today as the last review', () => {
    const review = suggest('---\ngoal: L\n|\n---\n').find((item) => item.label === 'review');
    assert.equal(review?.insertText, `review:\n  every: quarterly\n  last: ${TODAY}`);
  });

  it('asks for suggestions again after a key whose values it knows', () => {
    const items = suggest('---\ngoal: L\ngaps:\n  - |\n---\n');
    assert.equal(items.find((item) => item.label === 'status')?.retrigger, true);
    assert.equal(items.find((item) => item.label === 'title')?.retrigger, false);
  });

  it('offers the allowed words for priority, status and kind', () => {
    assert.deepEqual(labels('---\ngoal: L\ncompanies:\n  - name: Acme\n    priority: |\n---\n'), ['high', 'medium', 'low']);
    assert.deepEqual(labels('---\ngoal: L\ngaps:\n  - title: Hiring\n    status:|\n---\n'), ['open', 'active', 'closed']);
    assert.deepEqual(labels('---\ngoal: L\nmoments:\n  - title: Talk\n    kind: |\n---\n'), ['review', 'interview', 'offer', 'negotiation', 'conversation', 'presentation', 'other']);
  });

  it('inserts a value with one space after the colon, replacing what was typed', () => {
    const marked = '---\ngoal: L\ngaps:\n  - title: Hiring\n    status: ac|\n---\n';
    const [first] = suggest(marked);
    assert.equal(first.insertText, ' open');
    const colon = marked.indexOf('status:') + 7;
    assert.deepEqual(first.replace, { start: colon, end: marked.indexOf('|') });
  });

  it('offers today and target horizons for a target', () => {
    const items = suggest('---\ngoal: L\nsteps:\n  - title: Lead\n    target: |\n---\n');
    assert.deepEqual(items.slice(0, 3).map((item) => [item.label, item.detail]), [
      [TODAY, 'today'],
      ['2026-12-31', 'end of this quarter'],
      ['2027-03-31', 'end of next quarter'],
    ]);
    assert.ok(items.some((item) => item.detail === 'in 6 months' && item.label === '2027-05-20'));
    assert.ok(items.some((item) => item.detail === 'in a year' && item.label === '2027-11-20'));
    assert.ok(items.every((item) => item.kind === 'date'));
  });

  it('offers near dates for a due date and a moment, today for a review, and true for done', () => {
    assert.deepEqual(labels('---\ngoal: L\nmoments:\n  - title: Review\n    date: |\n---\n').slice(0, 3), [TODAY, '2026-11-27', '2026-11-30']);
    assert.deepEqual(labels('---\ngoal: L\nreview:\n  last: |\n---\n'), [TODAY]);
    assert.deepEqual(labels('---\ngoal: L\nsteps:\n  - title: Lead\n    done: |\n---\n'), [TODAY, 'true']);
  });

  it('offers the plan\'s steps for blocks, by number and by title', () => {
    const items = suggest('---\ngoal: L\ngaps:\n  - title: Hiring\n    blocks: |\n---\n', ['Team lead', 'Director: platform']);
    assert.deepEqual(items.map((item) => item.label), ['1', 'Team lead', '2', '"Director: platform"']);
  });

  it('offers nothing for free text and outside the frontmatter', () => {
    assert.deepEqual(labels('---\ngoal: |\n---\n'), []);
    assert.deepEqual(labels('---\ngoal: L\n---\n|'), []);
  });
});

describe('date choices', () => {
  it('finds the end of a quarter, across a year', () => {
    assert.equal(endOfQuarter('2026-02-10'), '2026-03-31');
    assert.equal(endOfQuarter('2026-11-20', 1), '2027-03-31');
    assert.equal(endOfQuarter('2026-12-31', 0), '2026-12-31');
  });

  it('starts with today and lists every later date once, in order', () => {
    const choices = targetChoices('2026-12-31');
    assert.equal(choices[0].date, '2026-12-31');
    const dates = choices.map((choice) => choice.date);
    assert.deepEqual(dates, [...new Set(dates)].sort());
    assert.ok(!choices.some((choice) => choice.label === 'end of this quarter'), 'the quarter ends today');
  });

  it('keeps near choices within a few months', () => {
    assert.ok(nearChoices(TODAY).every((choice) => choice.date <= '2027-03-31'));
  });
});
