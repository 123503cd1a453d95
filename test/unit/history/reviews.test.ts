import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { readReviewEntries } from '../../../src/core/history/reviews';
import { parsePlan } from '../../../src/core/parse/parsePlan';

const read = (text: string) => readReviewEntries(text, parsePlan(text).plan);

describe('readReviewEntries', () => {
  it('reads reached, moved and closed lines, and leaves the rest alone', () => {
    const text = [
      '---',
      'goal: x',
      '---',
      '# Plan',
      '## Reviews',
      '### Review 2026-12-07',
      '- Reached: Senior engineer (2026-11-30)',
      '- Moved: Staff engineer: platform: 2028-03-31 → 2028-06-30',
      '- Moved: Lead -> 2028: 2028-01-01 -> 2028-02-01',
      '- Closed: Public speaking',
      '- Asked: Dana (manager)',
      '- Something new: kept, ignored',
      '### Review 2027-03-01',
      '- Reached: Tech lead',
      '## Notes',
      '### Review 2027-06-01',
      '- Closed: not in the section',
    ].join('\n');
    assert.deepEqual(read(text), [
      {
        date: '2026-12-07',
        reached: [{ title: 'Senior engineer', date: '2026-11-30' }],
        moved: [
          { title: 'Staff engineer: platform', from: '2028-03-31', to: '2028-06-30' },
          { title: 'Lead -> 2028', from: '2028-01-01', to: '2028-02-01' },
        ],
        closed: ['Public speaking'],
      },
      { date: '2027-03-01', reached: [{ title: 'Tech lead' }], moved: [], closed: [] },
    ]);
  });

  it('skips an entry whose heading holds no real date, and headings inside code blocks', () => {
    const text = ['---', 'goal: x', '---', '## Reviews', '### Review 2026-02-30', '- Closed: A', '```', '### Review 2026-01-01', '```', '### Review 2026-03-01', '- Closed: B'].join('\n');
    assert.deepEqual(read(text).map((entry) => [entry.date, entry.closed]), [['2026-03-01', ['B']]]);
  });

  it('reads nothing from a plan without the section', () => {
    assert.deepEqual(read('---\ngoal: x\n---\n# Plan\n### Review 2026-01-01\n- Closed: A\n'), []);
  });

  it('reads back the entries the review writes (test/fixtures/review/*.reviewed.md, checked byte for byte by the review tests)', () => {
    const reviewed = (name: string) => read(readFileSync(path.join(__dirname, '../../fixtures/review', `${name}.reviewed.md`), 'utf8'));
    assert.deepEqual(reviewed('due'), [
      { date: '2026-08-01', reached: [], moved: [], closed: [] },
      {
        date: '2026-12-07',
        reached: [{ title: 'Senior engineer', date: '2026-11-28' }],
        moved: [{ title: 'Tech lead of the ledger team', from: '2027-06-30', to: '2027-09-30' }],
        closed: ['Public speaking'],
      },
    ]);
    // CRLF line breaks read the same.
    assert.deepEqual(reviewed('crlf').at(-1), { date: '2026-12-07', reached: [], moved: [{ title: 'Staff engineer', from: '2027-01-31', to: '2027-04-30' }], closed: ['Org-wide influence'] });
    assert.deepEqual(reviewed('bare').map((entry) => entry.date), ['2026-12-07']);
  });
});
