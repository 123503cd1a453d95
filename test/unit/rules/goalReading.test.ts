import * as assert from 'node:assert/strict';
import { analyzeGoal } from '../../../src/core/smart/analyzeGoal';

/** What the coach finds missing in a goal, as the letters S, M, T (T only from the goal's own words). */
function lacks(goal: string): string {
  const analysis = analyzeGoal(goal);
  return `${analysis.specific.ok ? '' : 'S'}${analysis.measurable.ok ? '' : 'M'}${analysis.deadlines.length > 0 ? '' : 'T'}`;
}

/**
 * The shapes of real goals that issue 17 found misjudged, each written here in the project's own
 * words (the measured corpus of other people's goals is in test/fixtures/goals/others).
 */
describe('smart: reading a goal’s verb, object and finish line', () => {
  const cases: [goal: string, lacking: string][] = [
    // Activity and participation with no finish line.
    ['Participate in the monthly quality meetings', 'M'],
    ['Take ownership of the handover process on my ward', 'MT'],
    ['Make sure every shift starts with a safety huddle', 'M'],
    ['Ensure accurate documentation for all my patients', 'MT'],
    ['Demonstrate professionalism and empathy', 'SMT'],
    ['Become proficient in Power BI', 'MT'],
    ['Track the number of missed appointments in the clinic', 'MT'],
    // Numbers that are not measures.
    ['Support my 4th grade students with their reading', 'MT'],
    ['Help my NURS 210 students with their care plans', 'MT'],
    // Real measures, however written.
    ['Earn $120,000 a year as a data engineer by 2028', ''],
    ['Grow my freelance income to 100k by December 2027', ''],
    ['Reach an increase of 15 % in repeat customers by Q4 2027', ''],
    ['Get a score of 85 or better on the CPA exam in 2027', ''],
    ['Every student will be able to explain photosynthesis by the end of the 2nd term', ''],
    ['One of my goals is to become a charge nurse on the cardiology ward by 2028', ''],
    ['My next goal should be to publish my pottery glaze handbook by June 2027', ''],
    ['Complete the Scrum Master course by June 2027', ''],
    ['Implement an electronic rota system for the front desk by September 2027', ''],
    // Vague improvement: S and M both.
    ['Improve my communication skills', 'SMT'],
    ['Develop leadership skills', 'SMT'],
    ['Acquiring new skills', 'SMT'],
    // Deadlines in school, event and age wording; a baseline is not one.
    ['Raise reading scores by 10 % by the end of the 2nd term', ''],
    ['Present a poster at NurseCon 2027', ''],
    ['Lead a paediatric nursing team of 6 by 45', ''],
    ['Cut ticket backlog by 20 % compared to last quarter', 'T'],
    // Every wording of a cadence is one.
    ['Hold weekly one-on-ones with each of my 5 reports', ''],
    ['Publish two posts monthly', ''],
    ['Publish two posts per month', ''],
    ['Grow monthly recurring revenue to $40k', 'T'],
    // The finish line is read past a frame in the past tense, a role held "as", an outcome of the object, a subordinate clause.
    ['I always wanted to be a paediatric nurse by 2028', ''],
    ['I seek to earn my nursing degree by 2028', ''],
    ['Serve as a school librarian in Leeds by 2028', ''],
    ['Work as a team by 2028', 'SM'],
    ['See the Kafka migration completed by June 2027', ''],
    ['Get the new rota approved, since I think it will help, by June 2027', ''],
    ['Sign up for the March 2027 NCLEX sitting', ''],
    // A manner or a credential only looked at is no finish line.
    ['Reduce medication errors by double checking each dose', 'MT'],
    ['Look into certificates such as PALS or ACLS', 'MT'],
    ['Improve my head and neck exam', 'MT'],
    // A subject and its frame mid-sentence, and a purpose acting on a thing, are actions of their own.
    ['Fiction or not I want to publish a novel by 2028', ''],
    ['Pick a topic I know well to draft a manuscript by June 2027', ''],
    ['Contribute more to open source', 'SMT'],
    ['In my role as charge nurse I will improve communication', 'SMT'],
    // What is learnt stays learnt across "and"; a move lands only somewhere named.
    ['Learn how to design and implement data pipelines', 'MT'],
    ['Start blogging regularly, and writing for fun', 'MT'],
    ['Switch from accounting to a data analyst role at a fintech', 'T'],
    // Link targets, addresses and bracketed reference codes are not read; a level in brackets is.
    ['Learn more about [Rust](https://www.rust-lang.org/2024) and [Go](https://go.dev)', 'MT'],
    ['Explore ways to cut our reporting backlog. (VA2)', 'MT'],
    ['Reach the Staff Engineer (L6) level at Monzo by 2028', ''],
    // A modifier after the noun is not the noun: "language describing our support" is language.
    ['Write standard language describing our library support for the newsletter by June 2027', ''],
    // An event with its year: the year is the deadline, the event is still what the goal names and does.
    ['Attend GopherCon 2027', ''],
    ['Speak at the Leeds Nursing Summit 2027', ''],
    // A verb with the ending of a noun, known to WordNet, acting on an object; a noun phrase stays one.
    ['Decommission the old billing server by June 2027', ''],
    ['Commission a mural for the hospital lobby by May 2027', ''],
    ['General improvement in staff morale', 'SMT'],
    // After "be", a word with an adjective's ending and no noun after it is a quality: no finish line, nothing named.
    ['Be resourceful', 'SMT'],
    ['Become financially independent', 'SMT'],
    ['Become fluent in Portuguese by 2028', 'M'],
    ['Be president of the county bar association by 2030', ''],
    // "Make X <adjective>" at the end is a quality of X; made available to someone, it is done.
    ['Make our release pipeline dependable', 'MT'],
    ['Make the handbook available to all staff by June 2027', ''],
    // A frame goes on past an adverb; a goal named as the subject may be followed by a gerund.
    ['My goal is honestly to become a school counsellor in Bristol by 2028', ''],
    ['My main goal for 2027 is becoming a certified midwife at the Royal Free', ''],
    // What is done first ("after finishing…") is part of the goal; an abbreviation's full stop ends no sentence.
    ['After earning my M.Sc. in ecology, I hope to work for the county parks service in 2028', ''],
    // A determiner of quantity comes before the object, not in its place.
    ['Complete all mandatory fire safety trainings by March 2027', ''],
    ['Address these issues by March 2027', 'SM'],
    // A rank, zero and a span of time gained are amounts; "3rd grade" is still a label.
    ['Score in the 85th percentile on the GMAT in 2027', ''],
    ['Cut patient falls on ward 4 to zero in 2027', ''],
    ['Monthly figures for the board a full week earlier from April 2027', ''],
    ['Support my 3rd grade readers in 2027', 'M'],
    // A seat on a named body is held or not; shown to an audience or at an event, a thing is presented or not.
    ['Serve on the hospital ethics committee from 2027', ''],
    ['Present our findings to the leadership team in May 2027', ''],
    // A change to an amount ends only with one, whatever its means.
    ['Reduce pressure ulcers on ward 6 by implementing a skin care protocol in 2027', 'M'],
    // …unless the means names the amount.
    ['Increase sales in 2027 by signing 20 new clients', ''],
    // A consequence ends only with an amount; a code before a plural names a kind; a grade named by its number is a label.
    ['Enhance the library experience for students, leading to improved use of the self-checkout system', 'MT'],
    ['See a drop in P2 support tickets', 'MT'],
    ['Reach the C1 level in French by 2028', ''],
    ["My pupils will get more 6's and 7's on their spelling tests", 'MT'],
    // Second round of other people's goals (2026-12-07), each shape in the project's own words.
    ['Read 24 books on product design', 'T'],
    ['Generate 300 qualified leads in Q3 2027', ''],
    ['Expand into a new market', 'SMT'],
    ['Stand Up For Justice', 'SMT'],
    ['Attend industry events', 'SMT'],
    ['Obtain specialty certifications', 'SMT'],
    ['Attend conferences on Kubernetes', 'T'],
    ['No missed handovers in the next four weeks', ''],
    ['Become the top salesperson in one month', 'S'],
    ['Increase profit in each of our three regions', 'MT'],
    ['Increase clients from 20 to 30', 'T'],
    ['Become a better listener', 'SMT'],
    ['Survive the downturn', 'MT'],
    // An occupation held with no where is a title with no place (the rubric's "bare role").
    ['Become a senior developer', 'ST'],
    ['Work as a software engineer at Monzo', 'T'],
    ['Become a data scientist', 'T'],
    // A capital on the occupation held is the title's, not a name's.
    ['My goal is to become a Firefighter', 'ST'],
    // A concrete activity kept on a cadence names what to do; a general or open-ended one does not.
    ['Blog at least twice a week', ''],
    ['Read a novel each month', ''],
    ['Swim three times a week', ''],
    ['Learn something new every day', 'SM'],
    ['Be creative every night', 'SM'],
    // An aside in parentheses sets no finish line; one with a number does.
    ['Improve my Spanish and writing skills (my first languages are Polish and German)', 'MT'],
    ['Publish short stories (at least 3)', 'T'],
  ];
  for (const [goal, lacking] of cases) {
    it(`“${goal}” lacks ${lacking || 'nothing'}`, () => assert.equal(lacks(goal), lacking));
  }
});

describe('smart: a skill named after a role is not a role', () => {
  it('“time management skills” and “leadership skills” are vague (CP101), not a role without a place (CP102)', () => {
    for (const goal of ['Improve my time management skills', 'Develop leadership skills']) {
      const specific = analyzeGoal(goal).specific;
      assert.ok(!specific.ok && specific.kind === 'vague', `${goal}: ${JSON.stringify(specific)}`);
    }
    const manager = analyzeGoal('Become a manager').specific;
    assert.ok(!manager.ok && manager.kind === 'role');
  });
});

/** The S check reads how a noun is made and how it is introduced, not only which words are listed. */
describe('smart: what a goal names, by the shape of its words', () => {
  const specific = (goal: string) => analyzeGoal(goal).specific.ok;
  it('a noun of a quality or a state names nothing (-ness, -ity, -ship, -ism, -hood)', () => {
    for (const goal of ['Improve my approachability', 'Build stronger partnerships', 'Show more assertiveness', 'Grow my adaptability']) assert.equal(specific(goal), false, goal);
  });
  it('the noun of a vague verb or quality is as vague as the verb', () => {
    for (const goal of ['Increase my participation', 'Foster cooperation', 'Work on prioritisation']) assert.equal(specific(goal), false, goal);
  });
  it('such a noun before another noun names a kind of it', () => {
    for (const goal of ['Harden our payment service', 'Join the security team', 'Lead the accessibility audit of our app', 'Get an internship at a law firm']) assert.equal(specific(goal), true, goal);
  });
  it('one of a kind is not named: “a conference”, “a small project”, “these issues”', () => {
    for (const goal of ['Attend a conference in my field', 'Lead a small project', 'Address these issues', 'Take another class']) assert.equal(specific(goal), false, goal);
  });
  it('one physical thing is something in particular (wordnetThings.ts): “knit a sweater”, “build a greenhouse”', () => {
    for (const goal of ['Knit a sweater', 'Build a greenhouse', 'Raise some chickens']) assert.equal(specific(goal), true, goal);
  });
  it('a named kind, a made thing and a role are still read', () => {
    for (const goal of ['Attend a Kubernetes conference', 'Earn a nursing degree', 'Write a book about pottery', 'Become a charge nurse on a cardiac ward', 'Take a class on pottery glazes']) assert.equal(specific(goal), true, goal);
  });
  it('words joined by a slash are read one by one, and a pronoun with its verb names no one', () => {
    for (const goal of ['Help him/her grow in confidence', 'Be kinder to myself/others', 'Keep up the support they’ve given']) assert.equal(specific(goal), false, goal);
    for (const goal of ['Learn Docker/Kubernetes', 'Run the pottery/glazing workshop']) assert.equal(specific(goal), true, goal);
  });
  it('an adjective or adverb of quality names nothing (wordnetQualities.ts); one that says which field does', () => {
    for (const goal of ['Find a more engaging job', 'Tackle overwhelming tasks', 'Work in a supportive environment']) assert.equal(specific(goal), false, goal);
    for (const goal of ['Improve my culinary skills', 'Build diagnostic skills']) assert.equal(specific(goal), true, goal);
  });
  it('an everyday word the lists lack is known by its GloVe neighbours (gloveGeneralWords.ts); a capital still makes a name', () => {
    for (const goal of ['Overcome my adversity', 'Find my courage', 'Calm my anger']) assert.equal(specific(goal), false, goal);
    assert.equal(specific('Move to Chad'), true);
  });
});
