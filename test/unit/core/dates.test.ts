import * as assert from 'node:assert/strict';
import { addDays, addMonths, checkIsoDate, dayNumber, daysBetween, describeDaysLeft, fromDayNumber, localToday } from '../../../src/core/calendar/dates';
import { addCadence, parseCadence } from '../../../src/core/calendar/cadence';
import { parse, plan } from './helpers';

describe('dates are calendar days', () => {
  it('checks format and calendar validity', () => {
    assert.deepEqual(checkIsoDate('2027-03-31'), { ok: true, date: '2027-03-31' });
    assert.deepEqual(checkIsoDate('2027-02-29'), { ok: false, reason: 'impossible' });
    assert.deepEqual(checkIsoDate('2028-02-29'), { ok: true, date: '2028-02-29' });
    assert.deepEqual(checkIsoDate('2100-02-29'), { ok: false, reason: 'impossible' });
    assert.deepEqual(checkIsoDate('2027-3-31'), { ok: false, reason: 'format' });
    assert.deepEqual(checkIsoDate('2027-03-31T00:00:00Z'), { ok: false, reason: 'format' });
  });

  it('counts days across month, year and daylight-saving boundaries', () => {
    assert.equal(daysBetween('2026-11-24', '2027-03-31'), 127);
    assert.equal(daysBetween('2027-03-27', '2027-03-29'), 2);
    assert.equal(daysBetween('2027-01-01', '2026-12-31'), -1);
    assert.equal(addDays('2028-02-28', 1), '2028-02-29');
    assert.equal(addMonths('2027-01-31', 1), '2027-02-28');
    assert.equal(addMonths('2027-11-15', 3), '2028-02-15');
  });

  it('counts the years 0000 to 0099 as written, not as 1900 to 1999 (a typo like 0026 for 2026)', () => {
    assert.equal(daysBetween('0026-01-20', '2026-01-15'), 730_480);
    assert.equal(daysBetween('0099-12-31', '1999-12-31'), 1900 * 365 + 460);
    assert.equal(addDays('0099-12-31', 1), '0100-01-01');
    assert.equal(addDays('0004-02-28', 1), '0004-02-29');
    // Every day a plan can write comes back from its number.
    for (let day = dayNumber('0000-01-01'); day <= dayNumber('9999-12-31'); day += 97) assert.equal(dayNumber(fromDayNumber(day)), day);
  });

  it('dates computed from a plan\'s stop at the days YYYY-MM-DD can write (a long cadence, a placeholder late in year 9999)', () => {
    assert.equal(addMonths('2024-02-29', 100_000 * 12), '9999-12-31');
    assert.equal(addDays('9999-12-30', 5), '9999-12-31');
    assert.equal(addDays('0000-01-02', -5), '0000-01-01');
    assert.equal(addMonths('0001-01-31', -24), '0000-01-01');
    assert.equal(addCadence('2024-02-29', parseCadence('100000 years')!), '9999-12-31');
  });

  for (const zone of ['Pacific/Kiritimati', 'America/Adak', 'UTC', 'Europe/London']) {
    it(`2027-03-31 stays 2027-03-31 with TZ=${zone}`, () => {
      const saved = process.env.TZ;
      process.env.TZ = zone;
      try {
        const parsed = parse(plan('goal: g', 'target: 2027-03-31', 'steps:', '  - title: a', '    target: 2027-03-31'));
        assert.equal(parsed.plan.target?.value, '2027-03-31');
        assert.equal(parsed.plan.steps[0].target?.value, '2027-03-31');
        assert.equal(daysBetween('2027-03-30', parsed.plan.target!.value), 1);
        assert.equal(addDays('2027-03-31', 1), '2027-04-01');
      } finally {
        if (saved === undefined) delete process.env.TZ;
        else process.env.TZ = saved;
      }
    });
  }

  it("today is the local calendar day, whatever the UTC date", () => {
    // 2026-11-24T23:30 in UTC-10 is still the 24th locally, already the 25th in UTC.
    const saved = process.env.TZ;
    process.env.TZ = 'Pacific/Honolulu';
    try {
      assert.equal(localToday(new Date('2026-11-25T09:30:00Z')), '2026-11-24');
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('describes days left for people', () => {
    assert.deepEqual([0, 1, 129, -1, -12].map(describeDaysLeft), ['today', 'tomorrow', 'in 129 days', 'overdue by 1 day', 'overdue by 12 days']);
  });

  it('reads review cadences', () => {
    assert.deepEqual(parseCadence('3 months'), { count: 3, unit: 'month' });
    assert.deepEqual(parseCadence('every 6 weeks'), { count: 6, unit: 'week' });
    assert.deepEqual(parseCadence('Quarterly'), { count: 3, unit: 'month' });
    assert.deepEqual(parseCadence('a year'), { count: 1, unit: 'year' });
    assert.deepEqual(parseCadence('two quarters'), { count: 6, unit: 'month' });
    assert.equal(parseCadence('sometimes'), undefined);
    assert.equal(parseCadence('0 days'), undefined);
    assert.equal(addCadence('2026-10-01', { count: 3, unit: 'month' }), '2027-01-01');
    assert.equal(addCadence('2026-10-01', { count: 2, unit: 'week' }), '2026-10-15');
  });

  it('finds no cadence in the names of Object.prototype (found by npm run fuzz: CP605 threw)', () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      assert.equal(parseCadence(name), undefined, name);
      assert.equal(parseCadence(`${name.toLowerCase()} months`), undefined, `${name} months`);
    }
  });
});
