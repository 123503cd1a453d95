import * as assert from 'node:assert/strict';
import { findTimeExpressions, findVagueHorizons } from '../../../src/core/smart/deadline';

const read = (text: string) => findTimeExpressions(text).map((expression) => expression.text);

describe('smart: deadlines in a goal’s own words', () => {
  it('reads dates, periods, spans, recurrences and personal milestones', () => {
    const cases: [string, string][] = [
      ['Ship it by December', 'by December'],
      ['Ship it by June 2026', 'by June 2026'],
      ['Ship it by the end of the quarter', 'the end of the quarter'],
      ['Ship it in Q3', 'Q3'],
      ['Ship it within 12 months', 'within 12 months'],
      ['Write every morning', 'every morning'],
      ['Read two papers a week', 'a week'],
      ['Ship it by September 30', 'by September 30'],
      ['Ship it before 1 November', '1 November'],
      ['Ship it in H2 2027', 'H2 2027'],
      ['Cut costs by the end of FY27', 'the end of FY27'],
      ['Pass it by age 40', 'by age 40'],
      ['Pass it before I turn 35', 'before I turn'],
      ['Ask for it before my next review', 'before my next review'],
      ['Ship it next spring', 'next spring'],
      ['Ship it by summer ’27', 'by summer'],
      ['Move to Tokyo in two years', 'in two years'],
      ['Ship it over the next three months', 'over the next three months'],
      ['Ship it mid-2027', 'mid-2027'],
      ['Ship it before the year is out', 'before the year is out'],
      ['Ship it by Friday', 'by Friday'],
      ['Ship it by 2026-09-30', '2026-09-30'],
      ['Give a keynote at KubeCon Europe 2027', 'at KubeCon Europe 2027'],
    ];
    for (const [text, expected] of cases) assert.ok(read(text).some((found) => found.includes(expected)), `${text} → ${JSON.stringify(read(text))}`);
  });

  it('leaves names, measures and history alone', () => {
    for (const text of [
      'Join the data team at Summer Inc.',
      'Get hired by Spring Health as an analyst',
      'Become lead designer at Autumn Studio',
      'Work a four-day week',
      'Find a job with a 36-hour week',
      'Type at 80 words per minute',
      'Cut onboarding from 6 weeks to 3 weeks',
      'Reach $10k in monthly revenue',
      'Earn £3,000 a month from illustration',
      'Lead a team with 10 years of experience',
      'Rewrite my 2019 side project in Go',
      'Present the 2027 roadmap to the board',
      'Become the night-shift supervisor',
      'Fall in love with my work again',
      'Get a job in the coming years',
      'I may be able to lead it',
      'Migrate our reports to SQL Server 2019',
    ]) {
      assert.deepEqual(read(text), [], text);
    }
  });

  it('names the vague horizons that set no deadline', () => {
    assert.deepEqual(findVagueHorizons('Someday, eventually, in the long run').map((h) => h.text), ['Someday', 'eventually', 'in the long run']);
  });
});
