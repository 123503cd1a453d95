import * as assert from 'node:assert/strict';
import { escapeMarkdown } from '../../../src/core/summary/markdown';
import { parsePlan } from '../../../src/core/parse/parsePlan';
import { lastReview } from '../../../src/core/summary/lastReview';
import { buildSummary } from '../../../src/core/summary/summary';
import { summaryOf } from '../../../src/core/summary';
import { HOSTILE, PLAN, TODAY } from './plans';

describe('summary: what it says', () => {
  const summary = buildSummary(parsePlan(PLAN), TODAY);

  it('names the goal and the next step with their dates and countdowns', () => {
    assert.deepEqual(summary.goal, { title: 'Become director of engineering at a 200-person product company by 2030', date: '2030-06-30', daysLeft: 1301 });
    assert.deepEqual(summary.nextStep, { title: 'Team lead of the payments team', date: '2027-03-31', daysLeft: 114 });
  });

  it('takes the first gap not closed as the focus, with its first action not done and who named it', () => {
    assert.deepEqual(summary.focus, { title: 'Hiring and interviewing', nextAction: 'Run 10 interviews with a senior interviewer shadowing', source: 'Dana (manager)' });
  });

  it('reads the newest review entry and what was reached or closed after it', () => {
    assert.deepEqual(summary.changes, {
      since: '2026-10-01',
      atReview: ['Moved: Team lead of the payments team: 2026-12-31 → 2027-03-31', 'Focus: Public speaking', 'Asked: Dana (manager), Sam (mentor)'],
      after: ['Closed the gap “Public speaking” on 2026-11-02', 'Reached “Senior engineer” on 2026-11-20'],
    });
  });

  it('falls back on review.last without an entry, and says nothing changed without a review', () => {
    const noEntry = buildSummary(parsePlan(PLAN.slice(0, PLAN.indexOf('## Reviews'))), TODAY);
    assert.deepEqual(noEntry.changes, { since: '2026-10-01', atReview: [], after: ['Closed the gap “Public speaking” on 2026-11-02', 'Reached “Senior engineer” on 2026-11-20'] });
    const later = buildSummary(parsePlan(PLAN.replace('last: 2026-10-01', 'last: 2026-11-10')), TODAY);
    assert.deepEqual(later.changes, { since: '2026-11-10', atReview: [], after: ['Reached “Senior engineer” on 2026-11-20'] });
    assert.deepEqual(buildSummary(parsePlan(HOSTILE), TODAY).changes, { since: undefined, atReview: [], after: [] });
  });

  it('asks about the gaps before the next step, the focus gap, the next date and the goal', () => {
    assert.deepEqual(summary.questions, [
      'What gaps do you see between where I am now and “Team lead of the payments team”?',
      'Is “Hiring and interviewing” still the most significant gap to close first?',
      'What would show you that I have closed “Hiring and interviewing”?',
      'Is 2027-03-31 (in 114 days) still realistic for “Team lead of the payments team”?',
      'Does “Become director of engineering at a 200-person product company by 2030” still sound like the right destination to you?',
    ]);
  });

  it('counts down to an overdue step first, as the status bar does, and asks for a new date', () => {
    const overdue = buildSummary(parsePlan(PLAN.replace('target: 2027-03-31', 'target: 2026-12-01')), TODAY);
    assert.deepEqual(overdue.nextStep, { title: 'Team lead of the payments team', date: '2026-12-01', daysLeft: -6 });
    assert.ok(overdue.questions.includes('“Team lead of the payments team” was due 2026-12-01: what date is realistic now?'));
  });

  it('copes with a plan of a goal alone', () => {
    const bare = buildSummary(parsePlan('---\ngoal: Lead a team\n---\n'), TODAY);
    assert.deepEqual([bare.goal, bare.nextStep, bare.focus], [{ title: 'Lead a team' }, undefined, undefined]);
    assert.deepEqual(bare.questions, ['What gaps do you see between where I am now and my next step?', 'Does “Lead a team” still sound like the right destination to you?']);
  });
});

describe('summary: the last review entry', () => {
  it('reads the newest entry of ## Reviews, and ignores headings in code and other sections', () => {
    const text = `${PLAN}\n\`\`\`\n### Review 2027-01-01\n- Fake: in code\n\`\`\`\n\n## Later notes\n\n### Review 2027-02-02\n- Not a review section\n`;
    assert.deepEqual(lastReview(parsePlan(text)), { date: '2026-10-01', lines: ['Moved: Team lead of the payments team: 2026-12-31 → 2027-03-31', 'Focus: Public speaking', 'Asked: Dana (manager), Sam (mentor)'] });
    assert.equal(lastReview(parsePlan(HOSTILE)), undefined);
    assert.equal(lastReview(parsePlan('---\ngoal: x\n---\n## Reviews\n\n### Review 2026-02-30\n- no such day\n')), undefined);
  });

  it('keeps every line the person wrote in the entry: paragraphs, numbered items, quotes and table rows', () => {
    const text = '---\ngoal: x\n---\n## Reviews\n\n### Review 2026-12-01\n- Focus: Hiring\nA plain paragraph.\n1. A numbered item\n> A quote\n| a | b |\n|---|---|\n| c | d |\n';
    assert.deepEqual(lastReview(parsePlan(text))?.lines, ['Focus: Hiring', 'A plain paragraph.', 'A numbered item', 'A quote', '| a | b |', '| c | d |']);
  });
});

describe('summary: the three formats', () => {
  const parsed = parsePlan(PLAN);

  it('writes Markdown with the labels in bold and the lists as lists', () => {
    assert.equal(
      summaryOf(parsed, TODAY, 'markdown'),
      [
        '## Career plan summary, 2026-12-07',
        '',
        '**Goal:** Become director of engineering at a 200-person product company by 2030 — by 2030-06-30, in 1301 days',
        '',
        '**Next step:** Team lead of the payments team — 2027-03-31, in 114 days',
        '',
        '**Focus gap:** Hiring and interviewing',
        '- Next action: Run 10 interviews with a senior interviewer shadowing',
        '- Named by Dana (manager)',
        '',
        '**At the last review, 2026-10-01:**',
        '- Moved: Team lead of the payments team: 2026-12-31 → 2027-03-31',
        '- Focus: Public speaking',
        '- Asked: Dana (manager), Sam (mentor)',
        '',
        '**Since then:**',
        '- Closed the gap “Public speaking” on 2026-11-02',
        '- Reached “Senior engineer” on 2026-11-20',
        '',
        '**Questions to ask:**',
        '- What gaps do you see between where I am now and “Team lead of the payments team”?',
        '- Is “Hiring and interviewing” still the most significant gap to close first?',
        '- What would show you that I have closed “Hiring and interviewing”?',
        '- Is 2027-03-31 (in 114 days) still realistic for “Team lead of the payments team”?',
        '- Does “Become director of engineering at a 200-person product company by 2030” still sound like the right destination to you?',
        '',
      ].join('\n'),
    );
  });

  it('writes an HTML fragment of a heading, paragraphs and lists', () => {
    const html = summaryOf(parsed, TODAY, 'html');
    assert.ok(html.startsWith('<div>\n<h2>Career plan summary, 2026-12-07</h2>\n<p><strong>Goal:</strong> Become director'));
    assert.ok(html.includes('<p><strong>Focus gap:</strong> Hiring and interviewing</p>\n<ul>\n<li>Next action: Run 10 interviews with a senior interviewer shadowing</li>\n<li>Named by Dana (manager)</li>\n</ul>\n'));
    assert.ok(html.endsWith('</ul>\n</div>\n'));
    assert.deepEqual(html.match(/<\/?[a-z0-9]+/g)?.filter((tag, i, all) => all.indexOf(tag) === i), ['<div', '<h2', '</h2', '<p', '<strong', '</strong', '</p', '<ul', '<li', '</li', '</ul', '</div']);
  });

  it('writes plain text with lists indented under their labels', () => {
    const text = summaryOf(parsed, TODAY, 'text');
    assert.ok(text.startsWith('Career plan summary, 2026-12-07\n\nGoal: Become director'));
    assert.ok(text.includes('\nFocus gap: Hiring and interviewing\n  - Next action: Run 10 interviews with a senior interviewer shadowing\n  - Named by Dana (manager)\nAt the last review, 2026-10-01:\n'));
    assert.ok(!/[<>*#]/.test(text));
  });
});

describe('summary: hostile plan text', () => {
  const parsed = parsePlan(HOSTILE);

  it('Markdown: every piece of markup in plan text is escaped, so it renders as the characters written', () => {
    const markdown = summaryOf(parsed, TODAY, 'markdown');
    assert.ok(markdown.includes('**Goal:** \\<script\\>alert(1)\\</script\\> \\[x\\](javascript:alert(1)) \\*bold\\* \\| cell — by 2030-01-01'), markdown);
    assert.ok(markdown.includes('**Next step:** \\# Heading \\& \\<b\\>bold\\</b\\> — 2027-01-01'), markdown);
    assert.ok(markdown.includes('**Focus gap:** \\- \\[ \\] !\\[img\\](http://e.x/a.png) \\`code\\` \\_u\\_ \\~s\\~ \\$x\\$ \\<https://e.x\\>'), markdown);
    // A line break in plan text never starts a line of its own: it cannot open a list, heading or block.
    assert.ok(markdown.includes('- Next action: 1. Not a list really\n'), markdown);
    for (const line of markdown.split('\n')) assert.match(line, /^(## Career plan summary|\*\*[A-Z][^*]*:\*\*|- |$)/, line);
    assert.ok(!/(^|[^\\])[<[`*_|~&$]/.test(markdown.replace(/\*\*[A-Z][^*]*:\*\*/g, '').replace(/^(## |- )/gm, '')), 'an unescaped markup character');
  });

  it('Markdown: a bare web address stays as written, so renderers that link it link the right one', () => {
    assert.equal(escapeMarkdown('_do_ it https://example.com/a_b_c'), '\\_do\\_ it https://example.com/a_b_c');
    assert.equal(escapeMarkdown('see https://x.com/~me/?a=1&b=2'), 'see https://x.com/~me/?a=1&b=2');
    // What is markup inside an address still is escaped: emphasis, an entity, a bracket (which ends the address).
    assert.equal(escapeMarkdown('https://x.com/a*b*&amp;'), 'https://x.com/a\\*b\\*\\&amp;');
    assert.equal(escapeMarkdown('https://e.x/[a](javascript:1)'), 'https://e.x/\\[a\\](javascript:1)');
  });

  it('escapes a list marker or number that opens a list item', () => {
    const withEntry = `${HOSTILE}\n## Reviews\n\n### Review 2026-11-01\n- #1 priority\n- 2. numbered\n- + plus\n`;
    const markdown = summaryOf(parsePlan(withEntry), TODAY, 'markdown');
    assert.ok(markdown.includes('- \\#1 priority\n- 2\\. numbered\n- \\+ plus\n'), markdown);
  });

  it('HTML: plan text becomes entities; the only tags are the summary’s own', () => {
    const html = summaryOf(parsed, TODAY, 'html');
    assert.ok(html.includes('<p><strong>Goal:</strong> &lt;script&gt;alert(1)&lt;/script&gt; [x](javascript:alert(1)) *bold* | cell — by 2030-01-01'), html);
    assert.ok(html.includes('# Heading &amp; &lt;b&gt;bold&lt;/b&gt;'), html);
    assert.deepEqual([...new Set(html.match(/<\/?[a-z0-9]+/g))].sort(), ['</div', '</h2', '</li', '</p', '</strong', '</ul', '<div', '<h2', '<li', '<p', '<strong', '<ul']);
    assert.ok(!/<[^>]* [a-z-]+=/.test(html), 'an attribute');
  });

  it('text: plan text as written, on one line each, with no control character', () => {
    const text = summaryOf(parsePlan(HOSTILE.replace('*bold*', '*bold*\\u001b[31m')), TODAY, 'text');
    assert.ok(text.includes('Goal: <script>alert(1)</script> [x](javascript:alert(1)) *bold* [31m | cell'), text);
    assert.ok(text.includes('  - Next action: 1. Not a list really\n'), text);
    assert.ok(!/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/.test(text));
  });
});
