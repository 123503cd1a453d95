import * as assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { planEvents, writeCalendar } from '../../../src/core/ics/calendar';
import type { Plan } from '../../../src/core/plan/model';
import { eventUid } from '../../../src/core/ics/uid';
import { fixturePlan, planOf } from '../timeline/fixtures';

const DTSTAMP = '20261124T000000Z';
const options = { fileName: 'career-plan.md', dtstamp: DTSTAMP };

/** The calendar of a plan, as the CLI's export and the editor's command write it. */
const planToIcs = (plan: Plan, calendar: typeof options) => writeCalendar(planEvents(plan, calendar.fileName), calendar);

/** Parses with ical.js, the way a calendar application would read the file. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return { vevent, event, uid: event.uid, summary: event.summary, start: event.startDate, end: event.endDate, description: event.description };
  });
}

describe('planToIcs', () => {
  const example = planToIcs(fixturePlan('example'), options);

  it('writes a calendar ical.js reads, with one all-day event per step target, goal, moment and review', () => {
    const events = parse(example);
    assert.deepEqual(
      events.map((e) => [e.summary, e.start.toString(), e.end.toString(), e.start.isDate]),
      [
        ['Career step: Team lead of the payments team', '2027-03-31', '2027-04-01', true],
        ['Career step: Group manager of two product teams', '2028-06-30', '2028-07-01', true],
        ['Career step: Director of engineering', '2030-06-30', '2030-07-01', true],
        ['Career goal: Become director of engineering at a 200-person product company by 2030', '2030-06-30', '2030-07-01', true],
        ['Key moment: Annual performance review', '2026-12-15', '2026-12-16', true],
        ['Review the career plan', '2027-01-01', '2027-01-02', true],
      ],
    );
    for (const { vevent, uid } of events) {
      assert.match(uid, /^(step|goal|moment|review)-[0-9a-f]{16}@career-plan$/);
      assert.equal(vevent.getFirstPropertyValue('dtstamp')?.toString(), '2026-11-24T00:00:00Z');
    }
    assert.equal(new Set(events.map((e) => e.uid)).size, events.length);
  });

  it('repeats the review at its cadence', () => {
    const review = parse(example).find((e) => e.summary === 'Review the career plan')!;
    const rule = review.vevent.getFirstPropertyValue('rrule') as ICAL.Recur;
    assert.deepEqual([rule.freq, rule.interval], ['MONTHLY', 3]);
    const iterator = review.event.iterator();
    assert.deepEqual([iterator.next()?.toString(), iterator.next()?.toString()], ['2027-01-01', '2027-04-01']);
  });

  it('repeats a review due on the last day of its month on every month\'s last day, not only in months as long', () => {
    const datesOf = (review: string, count: number) => {
      const ics = planToIcs(planOf(`goal: g\nsteps:\n  - title: a\n    target: 2030-01-01\nreview: ${review}`), options);
      const iterator = parse(ics).find((e) => e.summary === 'Review the career plan')!.event.iterator();
      return Array.from({ length: count }, () => iterator.next()?.toString());
    };
    assert.deepEqual(datesOf('{ every: 1 month, last: 2026-12-31 }', 4), ['2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30']);
    assert.deepEqual(datesOf('{ every: quarterly, last: 2026-08-31 }', 3), ['2026-11-30', '2027-02-28', '2027-05-31']);
    assert.deepEqual(datesOf('{ every: 1 month, last: 2028-01-29 }', 3), ['2028-02-29', '2028-03-31', '2028-04-30']);
    assert.deepEqual(datesOf('{ every: 1 year, last: 2027-11-30 }', 3), ['2028-11-30', '2029-11-30', '2030-11-30']);
    assert.match(planToIcs(planOf('goal: g\nreview: { every: 1 year, last: 2027-11-30 }'), options), /RRULE:FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=-1\r\n/);
    assert.deepEqual(datesOf('{ every: 1 month, last: 2026-12-15 }', 2), ['2027-01-15', '2027-02-15']);
  });

  it('uses CRLF line ends and no line longer than 75 octets', () => {
    const ics = planToIcs(fixturePlan('hostile.plan.md'), options);
    assert.ok(ics.endsWith('\r\n'));
    assert.doesNotMatch(ics.replace(/\r\n/g, ''), /[\r\n]/);
    for (const line of ics.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, line);
  });

  it('keeps plan text intact through escaping and folding', () => {
    const plan = fixturePlan('hostile.plan.md');
    const events = parse(planToIcs(plan, options));
    const step = events.find((e) => e.summary.includes('Tech lead'))!;
    assert.equal(step.summary, `Career step: ${plan.steps[1].title.value}`);
    assert.equal(step.description, `Step 2 of 5 towards: ${plan.goal!.value}\nGaps to close first: Public speaking (active)`);
    const moment = events.find((e) => e.summary.startsWith('Key moment: Title'))!;
    assert.equal(moment.description, 'Key moment (review) of the career plan.\nPrepare: Numbers for the "platform" migration; Feedback from peers');
    const done = events.find((e) => e.summary === 'Career step: Senior engineer on the data team')!;
    assert.match(done.description, /Reached on 2025-05-20\.$/);
  });

  it('gives the same UIDs on every export, so a second import updates the first', () => {
    const first = parse(planToIcs(fixturePlan('example'), options)).map((e) => e.uid);
    const later = parse(planToIcs(fixturePlan('example'), { fileName: 'career-plan.md', dtstamp: '20270102T030405Z' })).map((e) => e.uid);
    assert.deepEqual(later, first);
    assert.equal(planToIcs(fixturePlan('example'), options), example);
  });

  it('keeps a UID when a date moves, changes it when a step is renamed or the file is', () => {
    const uidOf = (yaml: string, fileName = 'a.md') => planEvents(planOf(yaml), fileName)[0].uid;
    const base = uidOf('steps:\n  - title: Team lead\n    target: 2027-01-01');
    assert.equal(uidOf('steps:\n  - title: Team lead\n    target: 2028-05-05'), base);
    assert.equal(uidOf('steps:\n  - title: "  team   LEAD "\n    target: 2027-01-01'), base);
    assert.notEqual(uidOf('steps:\n  - title: Team lead, payments\n    target: 2027-01-01'), base);
    assert.notEqual(uidOf('steps:\n  - title: Team lead\n    target: 2027-01-01', 'b.md'), base);
  });

  it('keys the goal and the review by kind, and tells apart steps with the same title', () => {
    assert.equal(eventUid('a.md', 'goal', 'Become a CTO'), eventUid('a.md', 'goal', 'Become a VP'));
    const events = planEvents(planOf('steps:\n  - title: Rotate\n    target: 2027-01-01\n  - title: Rotate\n    target: 2028-01-01'), 'a.md');
    assert.notEqual(events[0].uid, events[1].uid);
    assert.equal(events[0].uid, eventUid('a.md', 'step', 'Rotate'));
  });

  it('writes an empty but valid calendar for a plan with no dates', () => {
    const ics = planToIcs(planOf('goal: Something'), options);
    assert.equal(parse(ics).length, 0);
    assert.match(ics, /^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:/);
  });

  it('refuses a DTSTAMP that is not a UTC date-time', () => {
    assert.throws(() => planToIcs(planOf('goal: x'), { fileName: 'a.md', dtstamp: '2026-11-24' }), /DTSTAMP/);
  });
});
