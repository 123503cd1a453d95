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
      ['Give a keynote at KubeCon Europe 2027', '2027'],
      ['Attend GopherCon 2027', '2027'],
      ['Spend 4 hours a week studying Go', 'a week'],
      ['Land a job within 3 months of finishing my course', 'within 3 months'],
      ['Ship it by the end of the day', 'the end of the day'],
      ['Move to Lisbon in the fall', 'in the fall'],
      ['Pass my boards in the first year of residency', 'in the first year'],
      ['I have decided to practise Spanish for 3 months', 'for 3 months'],
      // Ranges, decades, school and training calendars, a goal's own horizon, written cadences.
      ['Move into management within 12–18 months', 'within 12–18 months'],
      ['Open my own clinic in the next 3 to 5 years', 'in the next 3 to 5 years'],
      ['Become a partner within two to three years', 'within two to three years'],
      ['Publish a novel over the next decade', 'over the next decade'],
      ['Ship it by year’s end', 'year’s end'],
      ['Pass the NCLEX before my contract ends', 'before my contract'],
      ['Lead a quality project by the end of my internship', 'by the end of my internship'],
      ['Find a job in data science before graduation', 'before graduation'],
      ['Take AP Calculus in my senior year', 'in my senior year'],
      ['Raise reading scores during the 2026 school year', 'the 2026 school year'],
      ['Cut absences in the 2026–2027 year', 'in the 2026–2027 year'],
      ['Keep a reading log for the rest of the semester', 'the rest of the semester'],
      ['My 5-year goal is to lead a design team', 'My 5-year goal'],
      ['Swim 3x/week', '3x/week'],
      ['Cut takeaway meals to 1x week', '1x week'],
      // An amount earned or saved each period is a cadence, as "two papers a week" is.
      ['Earn £3,000 a month from illustration', 'a month'],
      ['Save £400 a month', 'a month'],
      ['Read for 30 minutes daily', 'daily'],
      ['Submit 3 proposals for the 2027 talk cycle', 'the 2027 talk cycle'],
      ['Set my 2027 reading goal at 30 books', 'my 2027 reading goal'],
      ['Keep my annual goal of reading 26 books', 'my annual goal'],
      ['In fiscal 2027, open 40 new stores', 'In fiscal 2027'],
      ['Take a break at least every eight hours', 'every eight hours'],
      ['Meet or exceed monthly sales targets', 'monthly'],
      ['I want 2027 to be the year I finish my thesis', '2027 to be the year'],
      ['Stick to the new rota for the whole month', 'for the whole month'],
      ['Keep the routine for at least 3 months', 'for at least 3 months'],
      ['Record the demo by mid-October', 'by mid-October'],
      ['Post 2x per month - then review', 'per month'],
      ['Earn a minimum of $5k per month from commissions', 'per month'],
      ['Plan lessons on Thursday nights', 'Thursday nights'],
      ['Run a stand-up Monday through Friday', 'Monday through Friday'],
      ['Practise scales everyday', 'everyday'],
      ['Plant cover crops for the next growing season', 'next growing season'],
      ['Lead the debate club for my senior year', 'for my senior year'],
      ['Miss fewer than 5% of sessions over the next 30D', 'next 30D'],
      ['Send the marketing plan by 12-15-2027', '12-15-2027'],
      ['Take up to three weeks off per year without pay', 'per year'],
      ['Walk the ward 2xdaily', '2xdaily'],
      ['Before each test, write a study guide', 'Before each test'],
      ['This is the year that I finish the novel', 'This is the year'],
      ['Earn $100 in profit my first month blogging', 'my first month'],
      ['I want to end 2027 earning £1,000 a month', 'end 2027'],
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
      'Find a job paying $90,000 a year',
      'Automate my everyday tasks',
      'Grow Instagram followers from 2000 to 3500',
      'Move to fixed monthly rates',
      'Negotiate a salary of £48k a year',
      'Lead a team with 10 years of experience',
      'Rewrite my 2019 side project in Go',
      'Present the 2027 roadmap to the board',
      'Become the night-shift supervisor',
      'Fall in love with my work again',
      'Get a job in the coming years',
      'I may be able to lead it',
      'Migrate our reports to SQL Server 2019',
      // A school year or a week of a course with its number is a label, not a span.
      'Run a reading club for year 9 pupils',
      'Teach fractions to pupils in year 4',
      // A time word that describes a thing, a length or a manner of speaking.
      'Stay current with today’s technology',
      'At the end of the day, I want to be a nurse my patients trust',
      'Teach our unit’s aides about fall prevention',
      'Lower the risk of fall injuries on the ward',
      'Mentor the first year teachers in my building',
      'Write a term paper on land law',
      'Lead a sprint retrospective',
      'Attend a week of training on de-escalation',
      'Gain two years of nursing experience',
      'Help patients with activities of daily living',
      'I have worked as a nurse for 10 years and want to lead a unit',
      'Get my essays marked by the course tutors',
      'Write a 5-year plan for the department',
      'Cut the wait from 6 to 3 weeks',
    ]) {
      assert.deepEqual(read(text), [], text);
    }
  });

  it('names the vague horizons that set no deadline', () => {
    assert.deepEqual(findVagueHorizons('Someday, eventually, in the long run').map((h) => h.text), ['Someday', 'eventually', 'in the long run']);
  });
});
