import * as assert from 'node:assert/strict';
import { addStep, markStepDone, moveStep } from '../../../src/core/edits';
import { disableForLine } from '../../../src/core/fixes/disableForLine';
import type { Finding } from '../../../src/core/document/findings';
import { lint, lintText } from '../../../src/core/lint/lint';
import { parseIncrementally } from '../../../src/core/parse/incremental';
import { DEFAULT_MAX_BODY_LENGTH, DEFAULT_MAX_FRONTMATTER_LENGTH, type ParsedPlan } from '../../../src/core/parse/parsePlan';
import { checkLintFixes } from '../properties/edits/checkFixes';
import { checkParsed } from '../properties/invariants';

/**
 * Hostile or merely huge plans finish within a budget: what is too large to read on every
 * keystroke is skipped with an info finding (CP007) that says so, and everything else is read in
 * full. The only timing is a guard against hangs, in CPU seconds (so a busy machine does not fail
 * it): 10 s for the whole of parsing, linting and an edit, where a healthy parse takes milliseconds.
 */
const TODAY = '2026-06-15';
const GUARD_CPU_SECONDS = 10;

function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/** Parses, lints and checks `text` within the guard; returns what it found. */
function withinBudget(text: string, extra?: (parsed: ParsedPlan, findings: Finding[]) => void): { parsed: ParsedPlan; findings: Finding[] } {
  const started = cpuSeconds();
  const { parsed, findings } = lintText(text, { today: TODAY });
  checkParsed(parsed);
  extra?.(parsed, findings);
  const spent = cpuSeconds() - started;
  assert.ok(spent < GUARD_CPU_SECONDS, `took ${spent.toFixed(1)} CPU seconds`);
  return { parsed, findings };
}

function skipped(findings: readonly Finding[], part: 'frontmatter' | 'body'): Finding {
  const finding = findings.find((candidate) => candidate.ruleId === 'CP007' && candidate.subject === part);
  assert.ok(finding, `no CP007 for the ${part}: ${findings.map((f) => f.ruleId).join(', ')}`);
  assert.equal(finding.severity, 'info');
  assert.match(finding.message, /longer than [\d,]+ characters/);
  return finding;
}

const frontmatter = (...lines: string[]) => `---\n${lines.join('\n')}\n---\n`;
const journal = (weeks: number) => Array.from({ length: weeks }, (_, i) => `## Week ${i}\n\n- [ ] Write down one result\n- [x] Ask for feedback\n`).join('\n');
const GOAL = 'goal: Become engineering manager of a product team at Acme by 2030';

describe('security: bounded work on huge and hostile plans', function () {
  this.timeout(60_000);

  it('an alias bomb is neither expanded nor slow, in the parser, the linter, the fixes and the edits', () => {
    const levels = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 10; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
    const text = frontmatter(GOAL, 'steps: [Team lead]', 'bomb:', ...levels.map((level) => `  ${level}`));
    const { findings } = withinBudget(text, (parsed) => {
      checkLintFixes(parsed.text, TODAY);
      disableForLine(parsed, 4, 'CP005');
      markStepDone(parsed, 0, TODAY);
      addStep(parsed, 'Director');
    });
    assert.ok(findings.some((finding) => finding.ruleId === 'CP002' && finding.message.startsWith('Aliases (')));
  });

  it('10,000 steps: a frontmatter over the limit is skipped with CP007', () => {
    const steps = Array.from({ length: 10_000 }, (_, i) => `  - title: Step ${i}\n    target: 2030-01-01`);
    const { parsed, findings } = withinBudget(frontmatter(GOAL, 'steps:', ...steps));
    assert.match(skipped(findings, 'frontmatter').message, new RegExp(DEFAULT_MAX_FRONTMATTER_LENGTH.toLocaleString('en')));
    assert.deepEqual(parsed.plan.steps, []);
  });

  it('10,000 steps that fit under the limit are all read, linted and edited', () => {
    const titles = Array.from({ length: 10_000 }, (_, i) => `s${i}`);
    const text = frontmatter(GOAL, `steps: [${titles.join(', ')}]`);
    assert.ok(text.length < DEFAULT_MAX_FRONTMATTER_LENGTH);
    const { parsed } = withinBudget(text, (parsed) => {
      assert.equal(moveStep(parsed, 9_999, { to: 0 }).length, 1);
      assert.equal(addStep(parsed, 'Director', '2031-01-01').length, 1);
      assert.equal(markStepDone(parsed, 5_000, TODAY).length, 1);
    });
    assert.equal(parsed.plan.steps.length, 10_000);
  });

  it('a 5 MB body is skipped with CP007 and the frontmatter is still read', () => {
    const { parsed, findings } = withinBudget(`${frontmatter(GOAL, 'steps: [Team lead]')}${'Some notes on my week, nothing more.\n'.repeat(145_000)}`);
    skipped(findings, 'body');
    assert.match(parsed.plan.goal?.value ?? '', /^Become/);
    assert.equal(parsed.plan.steps.length, 1);
  });

  it('a 5 MB frontmatter is skipped with CP007', () => {
    const { findings } = withinBudget(frontmatter(GOAL, 'steps:', ...Array(125_000).fill('  - title: One more step of a long plan')));
    skipped(findings, 'frontmatter');
  });

  it('a 5 MB file with no frontmatter at all', () => {
    const { findings } = withinBudget('x'.repeat(5_000_000));
    assert.ok(findings.some((finding) => finding.ruleId === 'CP001'));
    skipped(findings, 'body');
  });

  it('a 1 MB line in the body is read (it is under the limit)', () => {
    const text = `${frontmatter(GOAL, 'steps: [Team lead]')}${'word '.repeat(199_000)}\n`;
    assert.ok(text.length - text.indexOf('\n---\n') < DEFAULT_MAX_BODY_LENGTH);
    const { findings } = withinBudget(text);
    assert.ok(!findings.some((finding) => finding.ruleId === 'CP007'));
  });

  it('a 1 MB line in the frontmatter is skipped with CP007', () => {
    const { findings } = withinBudget(frontmatter(GOAL, `notes: ${'x'.repeat(1_000_000)}`, 'steps: [Team lead]'));
    skipped(findings, 'frontmatter');
  });

  it('100,000-character titles make the frontmatter too long to read: CP007', () => {
    const { findings } = withinBudget(frontmatter(`goal: ${'Lead '.repeat(20_000)}`, `steps: [${'s'.repeat(100_000)}]`));
    skipped(findings, 'frontmatter');
  });

  it('45,000-character titles under the limit are read and linted in full', () => {
    const long = 'grow '.repeat(9_000);
    const { parsed } = withinBudget(frontmatter(`goal: ${long}`, `steps: [${'s'.repeat(45_000)}]`), (parsed, findings) => {
      assert.ok(findings.length > 0);
      markStepDone(parsed, 0, TODAY);
    });
    assert.equal(parsed.plan.goal?.value.length, long.trim().length);
  });

  it('YAML nested 5,000 levels deep', () => {
    const { parsed } = withinBudget(frontmatter(GOAL, 'steps: [a]', `x: ${'['.repeat(5_000)}${']'.repeat(5_000)}`));
    assert.ok(parsed.problems.length > 0);
  });

  it('20,000 disable comments in the body and the frontmatter', () => {
    withinBudget(`${frontmatter(GOAL, 'steps: [a]', ...Array(10_000).fill('# career-plan-disable-next-line CP005'))}${'<!-- career-plan-disable CP601 -->\n'.repeat(10_000)}`);
  });

  it('1,000 headings each with a task list (a long journal)', () => {
    const { parsed } = withinBudget(`${frontmatter(GOAL, 'steps: [a]', 'gaps: [Week 3]')}${journal(1_000)}`);
    assert.equal(parsed.plan.body.headings.length, 1_000);
    assert.equal(parsed.plan.gaps[0].actions.length, 2);
  });

  for (const [name, piece] of [
    ['link openers', '['],
    ['image openers', '!['],
    ['angle brackets', '<'],
    ['backslashes', '\\'],
    ['ampersands', '&'],
    ['code fences', '~~~\n'],
    ['heading markers', '# '],
    ['comment openers', '<!--'],
  ] as const) {
    it(`100 KB of ${name} in the body`, () => {
      withinBudget(`${frontmatter(GOAL, 'steps: [a]')}${piece.repeat(Math.ceil(100_000 / piece.length))}`);
    });
  }

  // Each of these took from 4 to 119 CPU seconds when the body went to micromark in one piece.
  for (const marker of ['- ', '* ', '1. ', '> ']) {
    it(`8,000 nested \`${marker.trim()}\` containers on one line are read to a sane depth`, () => {
      const { parsed } = withinBudget(`${frontmatter(GOAL, 'steps: [a]')}${marker.repeat(8_000)}[ ] x\n`);
      assert.equal(parsed.plan.body.tasks.length, 0);
    });
  }

  for (const piece of ['*_', '*a_']) {
    it(`100 KB of alternating emphasis markers (\`${piece}\`) are read without emphasis`, () => {
      const { parsed } = withinBudget(`${frontmatter(GOAL, 'steps: [a]')}# ${piece.repeat(Math.ceil(100_000 / piece.length))}\n`);
      assert.equal(parsed.plan.body.headings[0].text.slice(0, 6), piece.repeat(6).slice(0, 6));
    });
  }

  it('2,000 headings each with a task list (a journal of 90 KB) are all read', () => {
    const { parsed } = withinBudget(`${frontmatter(GOAL, 'steps: [a]', 'gaps: [Week 1999]')}${journal(2_000)}`);
    assert.equal(parsed.plan.body.headings.length, 2_000);
    assert.equal(parsed.plan.body.tasks.length, 4_000);
    assert.equal(parsed.plan.gaps[0].actions.length, 2);
  });

  for (const [name, piece] of [
    ['lists closed by paragraphs', '- [ ] a\n\nb\n\n'],
    ['quotes closed by blank lines', '> a\n\n'],
    ['lines of 40 nested items', `${'- '.repeat(40)}x\n`],
  ] as const) {
    it(`20 KB of ${name}`, () => {
      withinBudget(`${frontmatter(GOAL, 'steps: [a]')}${piece.repeat(Math.ceil(20_000 / piece.length))}`);
    });
  }

  // Inside one top-level quote or list item there is no place to cut, and each inner container
  // closing there costs micromark time in proportion to all it has read: such a stretch, when long,
  // ends the reading with CP007 at its first line, and what came before it is still read.
  for (const [name, stretch] of [
    ['inner lists and quotes in one quote', '> - a\n>\n> b\n>\n'.repeat(7_000)],
    ['indented quotes in one list item', `- top\n${'  > a\n  b\n'.repeat(10_000)}`],
  ] as const) {
    for (const [ending, eol] of [['LF', '\n'], ['CRLF', '\r\n']] as const) {
      it(`100 KB of ${name} (${ending}): reading stops there with CP007`, () => {
        const lf = (text: string) => text.replace(/\n/g, eol);
        const before = lf('# Notes\n\n- [ ] Read before the stretch\n\n');
        const { parsed, findings } = withinBudget(lf(`${frontmatter(GOAL, 'steps: [a]')}${before}${stretch}\n# After\n\n- [ ] Not read\n`));
        const finding = skipped(findings, 'body');
        assert.equal(finding.range.start.line, parsed.lines.positionAt(parsed.text.indexOf(lf(stretch))).line);
        assert.deepEqual(parsed.plan.body.tasks.map((task) => task.text), ['Read before the stretch']);
      });
    }
  }

  it('a long code block or paragraph without a place to cut is read in full', () => {
    const code = `\`\`\`yaml\n${'- a: quoted YAML list\n  > b\n'.repeat(1_000)}\`\`\`\n`;
    const paragraph = `${'a line of notes with no blank line after it\n'.repeat(1_000)}\n`;
    const { findings, parsed } = withinBudget(`${frontmatter(GOAL, 'steps: [a]')}${code}\n${paragraph}- [ ] After them\n`);
    assert.ok(!findings.some((finding) => finding.ruleId === 'CP007'));
    assert.equal(parsed.plan.body.tasks.length, 1);
  });

  it('the parser takes over an unchanged body, so typing in the frontmatter of a big plan stays cheap', () => {
    const body = journal(1_000);
    const first = parseIncrementally(`${frontmatter(GOAL, 'steps: [a]')}${body}`);
    const started = cpuSeconds();
    for (let i = 0; i < 50; i++) lint(parseIncrementally(`${frontmatter(GOAL, `steps: [a${i}]`)}${body}`, {}, first).parsed, { today: TODAY });
    assert.ok(cpuSeconds() - started < GUARD_CPU_SECONDS);
  });
});
