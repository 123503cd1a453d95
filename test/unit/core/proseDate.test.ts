import * as assert from 'node:assert/strict';
import { findProseDates, readProseDate } from '../../../src/core/calendar/proseDate';

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
    // Not read: ambiguous, vague, or not a date.
    ['06/07/2027', undefined],
    ['by the time I turn 30', undefined],
    ['in a few months', undefined],
    ['in the coming years', undefined],
    ['soon', undefined],
    ['by the end of the 2027-2028 school year', undefined],
    ['FY2027', undefined],
    ['I may 5 things', undefined],
    ['Spring Health', undefined],
    ['my 2019 project', undefined],
    ['2 years of experience', undefined],
  ];
  for (const [text, expected] of cases) {
    it(`${JSON.stringify(text)} → ${expected ?? 'not read'}`, () => {
      assert.equal(readProseDate(text, TODAY)?.date, expected);
    });
  }

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
