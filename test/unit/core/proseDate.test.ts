import * as assert from 'node:assert/strict';
import { findProseDates, readProseDate } from '../../../src/core/calendar/proseDate';
import { loadPhrases, percent, PROSE_DATES, scoreProseDates } from '../../../scripts/eval-prose-dates';

const TODAY = '2026-12-07';

describe('prose dates: the words of a plan read as calendar dates', () => {
  const cases: readonly (readonly [string, string | undefined])[] = [
    // A target is the end of the period it names.
    ['by end of Q3 2027', '2027-09-30'],
    ['Q2 2028', '2028-06-30'],
    ['the third quarter of 2027', '2027-09-30'],
    ['2027 Q4', '2027-12-31'],
    ['by H2 2027', '2027-12-31'],
    ['June 2028', '2028-06-30'],
    ["Jun '28", '2028-06-30'],
    ['February of 2028', '2028-02-29'],
    ['by June 30, 2028', '2028-06-30'],
    ['30 June 2028', '2028-06-30'],
    ['the 1st of March 2027', '2027-03-01'],
    ['end of 2027', '2027-12-31'],
    ['by 2027', '2027-12-31'],
    ['in the year of 2017', '2017-12-31'],
    ['year-end 2027', '2027-12-31'],
    ['summer 2027', '2027-08-31'],
    ['in the Fall of 2027', '2027-11-30'],
    ['winter 2027', '2028-02-29'],
    ['2027-06-30', '2027-06-30'],
    ['06/2028', '2028-06-30'],
    ['31/12/2027', '2027-12-31'],
    ['12/31/2027', '2027-12-31'],
    // Where in the period.
    ['mid-2028', '2028-06-30'],
    ['by early 2028', '2028-03-31'],
    ['late 2027', '2027-12-31'],
    ['the start of 2028', '2028-01-01'],
    ['mid-June 2028', '2028-06-15'],
    ['early Q3 2027', '2027-07-31'],
    ['before June 2028', '2028-05-31'],
    ['before the end of 2027', '2027-12-31'],
    // Counted from today.
    ['in two years', '2028-12-07'],
    ['within 18 months', '2028-06-07'],
    ['in 1-2 years', '2028-12-07'],
    ['over the next 6 weeks', '2027-01-18'],
    ['a year from now', '2027-12-07'],
    ['within the next year', '2027-12-07'],
    ['by June', '2027-06-30'],
    ['by December', '2026-12-31'],
    ['Q4', '2026-12-31'],
    ['by Q2 next year', '2027-06-30'],
    ['by the end of the year', '2026-12-31'],
    ['next quarter', '2027-03-31'],
    ['by the end of this week', '2026-12-13'],
    ['18 months', '2028-06-07'],
    ['Two javascript lessons to the team (4mo)', '2027-04-07'],
    ['within a time frame of 6 months', '2027-06-07'],
    ['by the end of 5 months', '2027-05-07'],
    ['before the new year', '2026-12-31'],
    ['the rest of the winter', '2027-02-28'],
    ['By EOD', '2026-12-07'],
    ['by mid-year', '2027-06-30'],
    ['Target Timeline: Q4 2026 – Q1 2027', '2027-03-31'],
    ['one of my 2010 goals', '2010-12-31'],
    ['by the end of the 2027-2028 school year', '2028-06-30'],
    ['For the 2012 – 13 school year', '2013-06-30'],
    // Not read: ambiguous, vague, or not a date.
    ['06/07/2027', undefined],
    ['by the time I turn 30', undefined],
    ['in a few months', undefined],
    ['in the coming years', undefined],
    ['soon', undefined],
    ['FY2027', undefined],
    ['by the end of the fiscal year', undefined],
    ['within 5 days of contract signing', undefined],
    ['within the first month of the semester', undefined],
    ['Within 3 months of obtaining my licence', undefined],
    ['by the end of the 2025–2026', undefined],
    ['I may 5 things', undefined],
    ['Spring Health', undefined],
    ['my 2019 project', undefined],
    ['2 years of experience', undefined],
    ['in a year or two', '2028-12-07'],
    ['Jan–Mar 2027', '2027-03-31'],
    ['Senior engineer — Apr-Jul 2027', '2027-07-31'],
    ['Head of science in the 2027-2028 school year', '2028-06-30'],
    ['within a month or two', '2027-02-07'],
    // A full date the calendar does not have is no date, never a shorter phrase inside it ("by April", "April 2028").
    ['by April 31, 2031', undefined],
    ['by 29 February 2031', undefined],
    ['Senior engineer — 31 April 2028', undefined],
    ['by 2031-02-29', undefined],
  ];
  for (const [text, expected] of cases) {
    it(`${JSON.stringify(text)} → ${expected ?? 'not read'}`, () => {
      assert.equal(readProseDate(text, TODAY)?.date, expected);
    });
  }

  it('reads a range of months and a school year with all their words, so a title keeps none of them', () => {
    assert.equal(readProseDate('Senior engineer — Jan–Mar 2027', TODAY)?.words, 'Jan–Mar 2027');
    assert.equal(readProseDate('Head of science — the 2027-2028 school year', TODAY)?.words, 'the 2027-2028 school year');
  });

  it('gives the offsets of the words it read', () => {
    const text = 'Staff engineer — by end of Q3 2027, then principal';
    const read = readProseDate(text, TODAY)!;
    assert.equal(read.words, 'by end of Q3 2027');
    assert.equal(text.slice(read.start, read.end), read.words);
    assert.equal(read.relative, false);
  });

  it('prefers the deadline and never a start date', () => {
    const read = readProseDate('From January 2027, aiming for the role by June 2028', TODAY)!;
    assert.equal(read.date, '2028-06-30');
    assert.equal(read.role, 'deadline');
    assert.deepEqual(findProseDates('From January 2027 to June 2028', TODAY).map((date) => [date.words, date.role, date.date]), [
      ['From January 2027', 'start', '2027-01-01'],
      ['to June 2028', 'deadline', '2028-06-30'],
    ]);
  });

  it('reads what needs no today without one, and nothing relative', () => {
    assert.equal(readProseDate('by end of Q3 2027')?.date, '2027-09-30');
    assert.equal(readProseDate('in two years'), undefined);
    assert.equal(readProseDate('by June'), undefined);
  });

  it('marks dates counted from today as relative', () => {
    assert.equal(readProseDate('in two years', TODAY)?.relative, true);
    assert.equal(readProseDate('by June', TODAY)?.relative, true);
    assert.equal(readProseDate('June 2028', TODAY)?.relative, false);
  });

  it('never yields an impossible day', () => {
    assert.equal(readProseDate('February 30, 2027', TODAY), undefined);
    assert.equal(readProseDate('2027-02-30', TODAY), undefined);
  });
});

describe('prose dates on other people’s words (npm run eval:dates)', () => {
  // The figures go to docs/prose-dates.md; these floors keep them from sliding back.
  for (const [name, file, floor] of [
    ['the tuning set (dev goals and public plans)', PROSE_DATES, 0.9],
    ['the held-out set', PROSE_DATES.replace('.tsv', '-heldout.tsv'), 0.8],
  ] as const) {
    it(`reads ${name} right at least ${floor * 100} % of the time and writes a wrong date at most 5 %`, () => {
      const score = scoreProseDates(loadPhrases(file));
      console.log(`      ${name}: ${score.right}/${score.total} right (${percent(score.right, score.total)}), ${score.wrong.length} wrong (${percent(score.wrong.length, score.total)}), ${score.unread.length} unread`);
      assert.ok(score.total >= 30, `${score.total} phrases`);
      assert.ok(score.right / score.total >= floor, score.wrong.map((w) => `${w.read} ≠ ${w.phrase.expected.join('|')}: ${w.phrase.text}`).join('\n'));
      assert.ok(score.wrong.length / score.total <= 0.05);
    });
  }
});
