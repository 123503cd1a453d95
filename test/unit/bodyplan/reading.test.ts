import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { looksLikeBodyPlan } from '../../../src/core/parse/bodyPlanDetect';
import { parsePlan } from '../../../src/core/parse/parsePlan';

const FOLDER = path.resolve(__dirname, '../../fixtures/bodyplans');
const GROWTH = readFileSync(path.join(FOLDER, '11-growth-plan.md'), 'utf8');
const TEMPLATE = 'Career goal: Become a staff engineer by 2028-06-30.\n\nSenior engineer — by June 2027\n\nGaps to reach next step (in order of significance):\n\n- System design\n- [Gap 2]\n';

describe('body-only plans: the reading', () => {
  it('a plan with frontmatter is read from it, with no body reading', () => {
    const { plan } = parsePlan('---\ngoal: Become a staff engineer by 2028\nsteps: [Senior engineer]\n---\nCareer goal: something else\n');
    assert.equal(plan.readFrom, 'frontmatter');
    assert.equal(plan.reading, undefined);
  });

  it('a recognised body gets no CP001, and its values point at the words as written', () => {
    const { plan, problems, text } = parsePlan(TEMPLATE);
    assert.equal(plan.readFrom, 'body');
    assert.deepEqual(problems.map((problem) => problem.ruleId), ['CP009']);
    const words = (span: { start: number; end: number }) => text.slice(span.start, span.end);
    assert.equal(words(plan.goal!.span), 'Become a staff engineer by 2028-06-30.');
    assert.equal(words(plan.steps[0].title.span), 'Senior engineer');
    assert.equal(words(plan.steps[0].target!.span), 'by June 2027');
    assert.equal(plan.steps[0].target!.value, '2027-06-30');
    const step = plan.reading!.items.find((item) => item.kind === 'step')!;
    assert.deepEqual({ words: step.date!.words, iso: step.date!.iso, line: step.range.start.line }, { words: 'by June 2027', iso: false, line: 2 });
  });

  it('a line all in bold is a label, not a step: "**Steps**" opens the steps as "Steps:" does', () => {
    const text = '**Career goal:** Become an engineering director at a health-tech company by 2030.\n\n**Steps**\n\n- Engineering manager — by mid 2027\n- Director of engineering — 2030-06-30\n\n**Gaps to reach next step (in order of significance):**\n\n- Managing managers\n';
    const { plan } = parsePlan(text, { today: '2026-12-08' });
    assert.deepEqual(plan.steps.map((step) => step.title.value), ['Engineering manager', 'Director of engineering']);
  });

  it('a "Goal:" line naming an academic move or a change of field is a career goal ("Get a postdoc", "Move into product management")', () => {
    for (const goal of ['Get a postdoc by 2028-10-31.', 'Move into product management by 2028.', 'Work as a UX researcher by 2028.']) {
      const { plan } = parsePlan(`Goal: ${goal}\n\nSteps:\n- Submit first-author paper — 2027-03-31\n- Defend thesis — 2028-03-31\n\nSkills to build:\n- Grant writing\n`, { today: '2026-12-08' });
      assert.equal(plan.readFrom, 'body', goal);
      assert.equal(plan.steps.length, 2, goal);
    }
  });

  it('a "1-Year Goal" heading dates the step written under it, counted from today, and a "Career goal" heading opens a growth plan too', () => {
    const text = '## Career goal\n\nVP of engineering at a consumer app company\n\n## 1-Year Goal\n\nTech lead of the iOS team\n\n## 3-Year Goal\n\nEngineering manager for mobile by 2028-06-30\n\n## Skill gaps\n\n| Skill | Current | Required | Priority |\n|---|---|---|---|\n| Hiring | 1 | 3 | High |\n';
    const { plan } = parsePlan(text, { today: '2026-12-08' });
    assert.deepEqual(plan.steps.map((step) => [step.title.value, step.target?.value]), [['Tech lead of the iOS team', '2027-12-08'], ['Engineering manager for mobile', '2028-06-30']]);
  });

  it('a placeholder is a finding at its words, never a gap of that name', () => {
    const { plan, problems } = parsePlan(TEMPLATE);
    assert.deepEqual(plan.gaps.map((gap) => gap.title.value), ['System design']);
    assert.equal(problems[0].range.start.line, 7);
    assert.match(problems[0].message, /\[Gap 2\].*a gap: a skill or experience/);
    assert.deepEqual(plan.reading!.placeholders.map((slot) => slot.slot), ['gap']);
  });

  it('a gap table is ranked by its priority column', () => {
    assert.deepEqual(parsePlan(GROWTH).plan.gaps.map((gap) => gap.title.value), ['System design', 'Cross-team influence', 'Writing design docs']);
  });

  it('dates counted from today are read only when today is given', () => {
    const text = 'Career goal: Become a product manager within three years.\n\nProduct manager — in three years\n\nGaps to reach next step:\n\n- Writing requirements\n';
    assert.equal(parsePlan(text).plan.steps[0].target, undefined);
    assert.equal(parsePlan(text, { today: '2026-01-15' }).plan.steps[0].target?.value, '2029-01-15');
  });

  it('every line of the body has a role, and the notes are the lines no shape read', () => {
    const { plan, text } = parsePlan(GROWTH);
    const roles = new Map(plan.reading!.lines.map((line) => [text.slice(line.span.start, line.span.end), line.role]));
    assert.equal(roles.get('## Resources'), 'note');
    assert.equal(roles.get('## Skill gaps'), 'heading');
    assert.equal(roles.get('**Target timeline:** by end of Q3 2028'), 'target');
    assert.equal(roles.get('| System design | 3 | 5 | High |'), 'gap');
  });

  it('looksLikeBodyPlan says yes to every fixture and no to a plan with frontmatter', () => {
    for (const name of readdirSync(FOLDER).filter((file) => file.endsWith('.md'))) {
      assert.ok(looksLikeBodyPlan(readFileSync(path.join(FOLDER, name), 'utf8')), name);
    }
    assert.equal(looksLikeBodyPlan('---\ngoal: Become a staff engineer\nsteps: [Senior]\n---\n'), false);
  });
});
