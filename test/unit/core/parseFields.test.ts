import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse, plan, textAt } from './helpers';

const complete = parse(readFileSync(path.resolve(__dirname, '../../fixtures/plans/complete.md'), 'utf8'));

describe('parser: every field of the format', () => {
  it('reads the complete example without a problem', () => {
    assert.deepEqual(complete.problems, []);
  });

  it('goal and target, with the exact text each range covers', () => {
    const { goal, target } = complete.plan;
    assert.equal(goal?.value, 'Become director of engineering at a 200-person product company by 2030');
    assert.equal(textAt(complete, goal!.range), goal!.value);
    assert.equal(target?.value, '2030-06-30');
    assert.equal(textAt(complete, target!.range), '2030-06-30');
  });

  it('values as a flow list or a single text', () => {
    assert.deepEqual(complete.plan.values.map((v) => v.value), ['autonomy', 'family time', 'building teams']);
    assert.equal(textAt(complete, complete.plan.values[1].range), 'family time');
    assert.deepEqual(parse(plan('goal: g', 'values: autonomy')).plan.values.map((v) => v.value), ['autonomy']);
  });

  it('review cadence and last date', () => {
    const review = complete.plan.review!;
    assert.deepEqual(review.every?.value, { count: 3, unit: 'month' });
    assert.equal(review.last?.value, '2026-10-01');
  });

  it('steps: title, target, done date or true, bare titles, indexes', () => {
    const parsed = parse(plan('goal: g', 'steps:', '  - Team lead', '  - title: Manager', '    target: 2028-06-30', '    done: 2028-05-01', '  - title: Director', '    done: true'));
    assert.deepEqual(parsed.problems, []);
    const [lead, manager, director] = parsed.plan.steps;
    assert.equal(lead.title.value, 'Team lead');
    assert.equal(lead.target, undefined);
    assert.equal(manager.target?.value, '2028-06-30');
    assert.equal(manager.done?.value, '2028-05-01');
    assert.equal(director.done?.value, true);
    assert.deepEqual(parsed.plan.steps.map((s) => s.index), [0, 1, 2]);
    assert.equal(textAt(parsed, lead.range), 'Team lead');
  });

  it('done: false is not done', () => {
    assert.equal(parse(plan('goal: g', 'steps:', '  - title: A', '    done: false')).plan.steps[0].done, undefined);
  });

  it('gaps: rank order, status, blocks by title or number, short form, actions', () => {
    const [hiring, budget] = complete.plan.gaps;
    assert.equal(hiring.title.value, 'Hiring and interviewing');
    assert.equal(hiring.status, 'active');
    assert.equal(hiring.blocks?.value, 0);
    assert.equal(budget.blocks?.value, 1, 'resolved from the step title');
    assert.equal(budget.status, 'open');
    assert.equal(parse(plan('goal: g', 'gaps:', '  - Budget')).plan.gaps[0].short, true);
    assert.equal(hiring.short, false);
  });

  it('actions from the frontmatter (text or mapping) and from body task lists under a matching heading', () => {
    const actions = complete.plan.gaps[0].actions;
    assert.deepEqual(
      actions.map((a) => [a.title.value, a.done, a.due?.value, a.source]),
      [
        ['Run 10 interviews with a senior interviewer shadowing', false, undefined, 'frontmatter'],
        ['Write a structured interview guide for my team', false, '2027-01-15', 'frontmatter'],
        ['Read a book on structured interviews', true, undefined, 'body'],
        ['Pair with the hiring manager on two debriefs', false, '2026-12-20', 'body'],
      ],
    );
    assert.equal(textAt(complete, actions[3].due!.range), '2026-12-20');
  });

  it('body headings that name a gap in other words still match', () => {
    const text = `${plan('goal: g', 'gaps: [Budget ownership]')}\n### Gap: Budget ownership\n- [ ] Shadow the cycle\n## Other\n- [ ] Not this\n`;
    assert.deepEqual(parse(text).plan.gaps[0].actions.map((a) => a.title.value), ['Shadow the cycle']);
  });

  it('moments: title, date, kind given or guessed, prep as text or list', () => {
    const parsed = parse(plan('goal: g', 'moments:', '  - title: Final interview at Acme', '    date: 2027-01-10', '  - title: Salary talk', '    kind: negotiation', '    prep: Know my number'));
    assert.deepEqual(parsed.problems, []);
    const [interview, talk] = parsed.plan.moments;
    assert.equal(interview.kind, 'interview');
    assert.equal(interview.date?.value, '2027-01-10');
    assert.equal(talk.kind, 'negotiation');
    assert.deepEqual(talk.prep.map((p) => p.value), ['Know my number']);
    assert.equal(complete.plan.moments[0].kind, 'review');
  });

  it('companies: name, priority, connections, motivation, postings', () => {
    const parsed = parse(plan('goal: g', 'companies:', '  - name: Acme', '    priority: high', '    alumni: [Ana]', '    why: Remote', '    postings: [EM Payments]'));
    assert.deepEqual(parsed.problems, []);
    const [acme] = parsed.plan.companies;
    assert.equal(acme.name.value, 'Acme');
    assert.equal(acme.priority?.value, 'high');
    assert.deepEqual(acme.connections.map((c) => c.value), ['Ana']);
    assert.equal(acme.motivation?.value, 'Remote');
    assert.deepEqual(acme.postings.map((p) => p.value), ['EM Payments']);
  });

  it('aliases and case-insensitive keys read as the canonical key', () => {
    const parsed = parse(plan('Goal: g', 'milestones:', '  - name: Lead', '    deadline: 2027-01-31', 'skills: [Hiring]', 'key moments:', '  - name: Review', '    when: 2027-02-01', 'review: { cadence: quarterly }'));
    assert.deepEqual(parsed.problems, []);
    assert.equal(parsed.plan.goal?.value, 'g');
    assert.equal(parsed.plan.steps[0].target?.value, '2027-01-31');
    assert.equal(parsed.plan.gaps[0].title.value, 'Hiring');
    assert.equal(parsed.plan.moments[0].date?.value, '2027-02-01');
    assert.deepEqual(parsed.plan.review?.every?.value, { count: 3, unit: 'month' });
  });

  it('the lint block is kept for the linter', () => {
    assert.deepEqual({ ...parse(plan('goal: g', 'lint:', '  CP101: off')).plan.lint?.value }, { CP101: 'off' });
  });

  it('body headings, tasks and disable comments, in the body and in the frontmatter', () => {
    const text = `${plan('goal: g', '# career-plan-disable-next-line CP005', 'steps: [a]')}# Title\n<!-- career-plan-disable CP101 goal-vague-verb -->\n- [ ] task\n`;
    const { body } = parse(text).plan;
    assert.deepEqual(body.headings.map((h) => [h.depth, h.text]), [[1, 'Title']]);
    assert.deepEqual(body.tasks.map((t) => [t.text, t.checked, t.heading?.text]), [['task', false, 'Title']]);
    assert.deepEqual(body.directives.map((d) => [d.kind, d.ruleIds, d.line]), [['disable-next-line', ['CP005'], 2], ['disable', ['CP101', 'goal-vague-verb'], 6]]);
  });

  it('a comment or a code block in the body is not a task or a directive', () => {
    const text = `${plan('goal: g', 'steps: [a]')}\n\`\`\`\n- [ ] not a task\n<!-- career-plan-disable -->\n\`\`\`\n`;
    const { body } = parse(text).plan;
    assert.deepEqual([body.tasks.length, body.directives.length], [0, 0]);
  });

  it('the frontmatter span covers the fences and the body starts after them', () => {
    const parsed = parse('---\ngoal: g\n---\nbody\n');
    assert.deepEqual(parsed.plan.frontmatter?.span, { start: 0, end: 15 });
    assert.equal(parsed.plan.body.offset, 16);
  });
});
