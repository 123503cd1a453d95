import * as assert from 'node:assert/strict';
import { applyEdits } from '../../../../src/core/edits/applyEdits';
import { insertMomentPrep, prepChecklist } from '../../../../src/core/fixes/momentPrep';
import { parsePlan } from '../../../../src/core/parse/parsePlan';

function prepare(text: string, index = 0): string | undefined {
  const parsed = parsePlan(text);
  const edits = insertMomentPrep(parsed, index);
  return edits && applyEdits(text, edits);
}

const head = '---\ngoal: Lead a platform team\nsteps: [Senior engineer]\n';

describe('prepChecklist', () => {
  it('has a checklist for every kind of moment', () => {
    for (const kind of ['review', 'interview', 'offer', 'negotiation', 'conversation', 'presentation', 'other'] as const) {
      assert.ok(prepChecklist(kind).length >= 3, kind);
    }
  });
});

describe('insertMomentPrep', () => {
  it('adds an actions list under a block moment, at its keys\' column', () => {
    const text = `${head}moments:\n  - title: Final interview at Acme\n    date: 2027-01-10\n# keep\n---\n\nNotes\n`;
    const after = prepare(text);
    const checklist = prepChecklist('interview');
    assert.equal(
      after,
      `${head}moments:\n  - title: Final interview at Acme\n    date: 2027-01-10\n    actions:\n${checklist.map((item) => `      - ${item}\n`).join('')}# keep\n---\n\nNotes\n`,
    );
    const reparsed = parsePlan(after!);
    assert.deepEqual(reparsed.problems, []);
    assert.deepEqual(reparsed.plan.moments[0].actions.map((action) => action.title.value), [...checklist]);
  });

  it('uses the kind written in the moment', () => {
    const text = `${head}moments:\n  - title: Chat with Sam\n    kind: negotiation\n---\n`;
    const reparsed = parsePlan(prepare(text)!);
    assert.deepEqual(reparsed.plan.moments[0].actions.map((action) => action.title.value), [...prepChecklist('negotiation')]);
  });

  it('appends to an existing block list, leaving out what is already there', () => {
    const first = prepChecklist('review')[0];
    const text = `${head}moments:\n  - title: Annual performance review\n    actions:\n      - ${first}\n      - Book a room\n    date: 2027-01-10\n---\n`;
    const after = prepare(text)!;
    const titles = parsePlan(after).plan.moments[0].actions.map((action) => action.title.value);
    assert.deepEqual(titles, [first, 'Book a room', ...prepChecklist('review').slice(1)]);
    assert.ok(after.includes(`      - Book a room\n      - ${prepChecklist('review')[1]}\n`));
    assert.ok(after.includes(`      - ${prepChecklist('review').at(-1)}\n    date: 2027-01-10\n`));
  });

  it('appends to a flow list', () => {
    const text = `${head}moments:\n  - title: Salary negotiation\n    actions: [Book a room]\n---\n`;
    const after = prepare(text)!;
    assert.ok(after.includes(`actions: [Book a room, ${prepChecklist('negotiation')[0]}, `));
    assert.deepEqual(parsePlan(after).problems, []);
  });

  it('fills an empty flow list and an empty key', () => {
    const empty = prepare(`${head}moments:\n  - title: Offer from Acme\n    actions: []\n---\n`)!;
    assert.equal(parsePlan(empty).plan.moments[0].actions.length, prepChecklist('offer').length);
    const bare = prepare(`${head}moments:\n  - title: Offer from Acme\n    actions:\n    date: 2027-01-10\n---\n`)!;
    assert.deepEqual(parsePlan(bare).problems, []);
    assert.equal(parsePlan(bare).plan.moments[0].actions.length, prepChecklist('offer').length);
    assert.equal(parsePlan(bare).plan.moments[0].date?.value, '2027-01-10');
  });

  it('adds an actions key inside a flow moment', () => {
    const text = `${head}moments:\n  - { title: Quarterly review, date: 2027-01-10 }\n---\n`;
    const after = prepare(text)!;
    assert.ok(after.includes(`date: 2027-01-10, actions: [${prepChecklist('review')[0]}, `));
    assert.deepEqual(parsePlan(after).problems, []);
  });

  it('counts task-list items under the moment\'s heading as written', () => {
    const items = prepChecklist('presentation');
    const text = `${head}moments:\n  - title: Talk at the meetup\n---\n\n## Talk at the meetup\n\n${items.map((item) => `- [ ] ${item}\n`).join('')}`;
    assert.equal(prepare(text), undefined);
  });

  it('matches the file\'s line breaks and list indentation', () => {
    const text = `---\r\ngoal: Lead\r\nmoments:\r\n- title: Annual review\r\n  date: 2027-01-10\r\n---\r\n`;
    const after = prepare(text)!;
    assert.ok(after.includes(`  date: 2027-01-10\r\n  actions:\r\n  - ${prepChecklist('review')[0]}\r\n`), JSON.stringify(after));
  });

  it('does nothing for a missing moment or broken YAML', () => {
    assert.equal(prepare(`${head}moments:\n  - title: Review\n---\n`, 3), undefined);
    assert.equal(prepare(`${head}moments:\n  - title: Review\n   date: [\n---\n`), undefined);
  });
});
