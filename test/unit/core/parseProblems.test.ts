import * as assert from 'node:assert/strict';
import { applyEdits } from '../../../src/core/edits/applyEdits';
import { parse, plan, problemsOf, textAt } from './helpers';

/** Each problem the parser can report, with its rule, its line and the words a person reads. */
describe('parser: every problem is located and says what to do', () => {
  const cases: [string, string, string[]][] = [
    ['no frontmatter', '# Just notes\n', ['1:CP001 This plan has no frontmatter: start the file with a `---` line, a `goal:`, its steps and gaps, and a closing `---`.']],
    ['a blank line above the fence', '\n---\ngoal: Lead the payments team\nvalues: [craft]\n---\n', ['1:CP001 The frontmatter must start on the first line: remove the blank lines above the opening `---`.']],
    ['unclosed fence', '---\ngoal: g\n', ['1:CP002 The frontmatter has no closing `---` line: add one after the last key.']],
    ['another language', '---js\nglobalThis.x = 1\n---\n', ['1:CP002 `---js` frontmatter is never read or run: a plan\'s frontmatter is YAML, so write just `---`.']],
    ['YAML syntax', plan('goal: [unclosed'), ['2:CP002 The indentation or punctuation here is off: Flow sequence in block collection must be sufficiently indented and end with a ].']],
    ['tab indentation', plan('goal: g', 'steps:', '\t- a'), ['4:CP002 Tabs cannot indent YAML: use spaces.']],
    ['duplicate key', plan('goal: g', 'goal: h'), ['3:CP002 This key is written twice in the same mapping: keep one.']],
    ['key and its alias', plan('goal: g', 'steps: [a]', 'milestones: [b]'), ['4:CP002 `milestones` repeats `steps`: keep one of them.']],
    ['alias', plan('goal: &g text', 'values: [*g]'), ['3:CP002 Aliases (*g) are not read in a plan: write the value out where it is used.']],
    ['custom tag', plan('goal: !!js/function "function(){}"'), ['2:CP002 Custom YAML tags (like !!js/function) are not read in a plan; the value is kept as text.']],
    ['non-scalar key', plan('goal: g', '[a]: b'), ['2:CP002 Keys must be plain words, like `goal` or `target`.']],
    ['wrong type', plan('goal: g', 'steps: Team lead'), ['3:CP003 `steps` should be a list of steps (it is the text "Team lead").']],
    ['wrong item type', plan('goal: g', 'steps:', '  - 5'), ['4:CP003 `steps[0]` should be a title, or a mapping with a title and a target date (it is the number 5).']],
    ['wrong enum', plan('goal: g', 'gaps:', '  - title: a', '    status: busy'), ['5:CP003 `gaps[0].status` should be open, active or closed (it is the text "busy").']],
    ['missing title', plan('goal: g', 'steps:', '  - target: 2027-01-01'), ['4:CP003 `title` is required in steps[0].']],
    ['blocks names no step', plan('goal: g', 'steps: [a]', 'gaps:', '  - title: x', '    blocks: 3'), ['6:CP003 `3` names no step of this plan: write a step\'s title or its number (1 is the first).']],
    ['bad cadence', plan('goal: g', 'steps: [a]', 'review: { every: sometimes }'), ['4:CP003 `sometimes` is not a cadence: write it like "3 months", "6 weeks", "monthly" or "quarterly".']],
    ['impossible date', plan('goal: g', 'target: 2027-02-30'), ['3:CP004 2027-02-30 is not a day on the calendar: February 2027 has 28 days.']],
    ['month 13', plan('goal: g', 'target: 2027-13-01'), ['3:CP004 2027-13-01 is not a day on the calendar: months run from 01 to 12.']],
    ['impossible due date of a task in the notes', `${plan('goal: g', 'gaps: [Budget]')}\n## Budget\n\n- [ ] Shadow the cycle (due 2027-02-30)\n`, ['8:CP004 2027-02-30 is not a day on the calendar: February 2027 has 28 days.']],
    ['done in quotes', plan('goal: g', 'steps:', '  - title: a', '    done: "true"'), ['5:CP004 `"true"` is text in quotes: write `true` or `false` without quotes, or the day it was reached as YYYY-MM-DD.']],
    ['date in words', plan('goal: g', 'target: March 2027'), ['3:CP004 `March 2027` should be a date written as YYYY-MM-DD: 2027-03-31 if you mean March 2027.']],
    ['date in another order', plan('goal: g', 'target: 06/07/2027'), ['3:CP004 `06/07/2027` should be a date written as YYYY-MM-DD, like 2027-03-31.']],
    ['leap day', plan('goal: g', 'target: 2028-02-29'), []],
    ['unknown key with a suggestion', plan('goal: g', 'taget: 2027-01-01'), ['3:CP005 `taget` is not a key the plan format knows at the top of a plan. Did you mean `target`?']],
    ['unknown key in a step', plan('goal: g', 'steps:', '  - title: a', '    colour: red'), ['5:CP005 `colour` is not a key the plan format knows in `steps[0]`. Known keys: title, target, done, actions, notes.']],
    ['no goal', plan('steps: [a]'), ['2:CP006 The plan has no `goal`: add one line saying where you want your career to be.']],
    ['empty goal', plan('goal:', 'steps: [a]'), ['2:CP006 The plan has no `goal`: add one line saying where you want your career to be.']],
    ['empty frontmatter', '---\n---\n', ['1:CP006 The frontmatter is empty: start with a `goal:` line saying where you want your career to be.']],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => assert.deepEqual(problemsOf(parse(text)), expected));
  }

  it('a date in words comes with the day it reads as, to write in as a suggestion', () => {
    const text = plan('goal: g', 'steps:', '  - title: a', '    target: 30 June 2028 # soon');
    const [problem] = parse(text).problems;
    assert.equal(problem.suggestion?.title, 'Write 2028-06-30');
    assert.equal(applyEdits(text, problem.suggestion!.edits), text.replace('30 June 2028', '2028-06-30'));
  });

  it('a problem is underlined on the offending text itself', () => {
    const parsed = parse(plan('goal: g', 'steps:', '  - title: a', '    target: 2027-02-30'));
    assert.equal(textAt(parsed, parsed.problems[0].range), '2027-02-30');
    assert.equal(parsed.problems[0].subject, 'steps[0].target');
  });

  it('a key written twice is underlined whole, quoted or not', () => {
    for (const key of ['goal', '"goal"']) {
      const parsed = parse(plan('goal: a', `${key}: b`));
      assert.equal(textAt(parsed, parsed.problems[0].range), key);
    }
  });

  it('an unknown key is underlined on the key', () => {
    const parsed = parse(plan('goal: g', 'taget: 2027-01-01'));
    assert.equal(textAt(parsed, parsed.problems[0].range), 'taget');
  });

  it('a misspelt key comes with a suggestion to rename it, unless the mapping has that key already', () => {
    const [misspelt] = parse(plan('goal: g', 'Taget: 2027-01-01')).problems;
    assert.equal(misspelt.suggestion?.title, 'Rename `Taget` to `target`');
    assert.equal(applyEdits(plan('goal: g', 'Taget: 2027-01-01'), misspelt.suggestion!.edits), plan('goal: g', 'target: 2027-01-01'));
    const quoted = plan('goal: g', 'steps:', '  - title: a', '    "targt": 2027-01-01 # soon');
    assert.equal(applyEdits(quoted, parse(quoted).problems[0].suggestion!.edits), quoted.replace('"targt"', 'target'));
    // `deadline` is an alias of `target`: renamed, the step would hold its target twice.
    const twice = parse(plan('goal: g', 'target: 2027-01-01', 'taget: 2027-02-01', 'steps:', '  - title: a', '    deadline: 2026-12-01', '    dedline: 2026-11-01'));
    assert.deepEqual(twice.problems.map((problem) => [problem.ruleId, problem.suggestion]), [['CP005', undefined], ['CP005', undefined]]);
    const unlike = parse(plan('goal: g', 'colour: red'));
    assert.equal(unlike.problems[0].suggestion, undefined);
  });

  it('a problem spanning several lines is underlined on its first line only', () => {
    const parsed = parse(plan('goal: g', 'steps:', '  title: a', '  target: b'));
    const problem = parsed.problems.find((p) => p.ruleId === 'CP003')!;
    assert.equal(problem.range.start.line, problem.range.end.line);
  });

  it('the body is not read above the size limit, and says so', () => {
    const parsed = parse(`${plan('goal: g', 'steps: [a]')}${'- [ ] x\n'.repeat(200_000)}`);
    assert.deepEqual(parsed.problems.map((p) => p.ruleId), ['CP007']);
    assert.equal(parsed.plan.body.tasks.length, 0);
    assert.equal(parsed.plan.goal?.value, 'g');
  });
});
