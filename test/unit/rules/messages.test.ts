import * as assert from 'node:assert/strict';
import { lintText } from '../../../src/core/lint/lint';

function messageOf(ruleId: string, ...frontmatter: string[]): string {
  const { findings } = lintText(['---', ...frontmatter, '---', ''].join('\n'), { today: '2026-01-15' });
  const finding = findings.find((candidate) => candidate.ruleId === ruleId);
  assert.ok(finding, `${ruleId} not reported: ${findings.map((f) => f.ruleId).join(', ')}`);
  return finding.message;
}

describe('rules: messages say what was found and what to do', () => {
  it('CP101 quotes the vague phrases', () => {
    assert.match(messageOf('CP101', 'goal: Get better at my job'), /“Get better” and “job” name nothing concrete\. Name the skill/);
  });

  it('CP102 quotes the role and asks where', () => {
    assert.match(messageOf('CP102', 'goal: Become a vice president'), /“Become a vice president” names a role but not where/);
    assert.match(messageOf('CP102', 'goal: Find a new job'), /“Find a new job” names a career move but not to what or where/);
  });

  it('CP201 names the open-ended word', () => {
    assert.match(messageOf('CP201', 'goal: Sell more enterprise licences'), /“more” has no finish line/);
  });

  it('CP606 names its fix with the article the moment\'s kind takes', () => {
    const fixTitle = (kind: string) =>
      lintText(['---', 'goal: g', 'moments:', `  - title: Talk with Sam`, `    kind: ${kind}`, '    date: 2026-01-20', '---', ''].join('\n'), { today: '2026-01-15' }).findings.find((f) => f.ruleId === 'CP606')?.fix?.title;
    assert.equal(fixTitle('interview'), 'Add an interview preparation checklist');
    assert.equal(fixTitle('offer'), 'Add an offer preparation checklist');
    assert.equal(fixTitle('review'), 'Add a review preparation checklist');
  });

  it('CP306 quotes each further goal whole, or marks where it cut it', () => {
    assert.match(messageOf('CP306', 'goal: Become a staff engineer at Stripe by 2028, write a book on payments and run the Berlin marathon'), /make “write a book on payments” and “run the Berlin marathon” steps/);
  });

  it('CP501 names a vague horizon', () => {
    assert.match(messageOf('CP501', 'goal: Someday, become head of design at Figma'), /“Someday” sets no date/);
  });

  it('CP302 says how late, CP305 which gap to keep', () => {
    assert.match(messageOf('CP302', 'goal: g', 'steps:', '  - title: Team lead', '    target: 2026-01-05'), /“Team lead” was due 2026-01-05, 10 days ago/);
    const gaps = ['goal: g', 'gaps:', '  - title: A', '    status: active', '  - title: B', '    status: active'];
    assert.match(messageOf('CP305', ...gaps), /2 gaps are active but your focus limit is 1: finish “A” first and set “B” back to open/);
  });
});
