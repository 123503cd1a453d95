import * as assert from 'node:assert/strict';
import { chooseCountdown, countdownText, describeTarget, escapeIcons, shortTitle, targetsAcross, urgencyOf } from '../../../src/core/schedule/countdown';
import { parsePlan } from '../../../src/core/parse/parsePlan';
import { SETTING_DEFAULTS } from '../../../src/core/settings/defaults';

/** The status bar's text unless `careerPlan.countdown.format` says otherwise. */
const DEFAULT_FORMAT = SETTING_DEFAULTS['countdown.format'];

const plan = (frontmatter: string) => parsePlan(`---\n${frontmatter}\n---\n`).plan;

const lead = plan(`goal: Lead an engineering group
target: 2030-06-30
steps:
  - title: Team lead of the payments team
    target: 2027-03-31
  - title: Group manager
    target: 2028-06-30
moments:
  - title: Annual review
    date: 2026-12-15`);

const design = plan(`goal: Head of design
steps:
  - title: Senior designer
    target: 2027-01-10
    done: 2026-11-01
  - title: Design lead
    target: 2027-02-01`);

const TODAY = '2026-11-22';

describe('countdown', () => {
  it('counts down to the nearest step or goal target across plans, ignoring reached steps', () => {
    const chosen = chooseCountdown([{ key: 'lead', plan: lead }, { key: 'design', plan: design }], TODAY, 14);
    assert.equal(chosen?.key, 'design');
    assert.equal(chosen?.target.title, 'Design lead');
    assert.equal(chosen?.target.daysLeft, 71);
    assert.equal(chosen?.urgency, 'calm');
  });

  it('passes over key moments for the countdown but lists them among the targets', () => {
    const chosen = chooseCountdown([{ key: 'lead', plan: lead }], TODAY, 14);
    assert.equal(chosen?.target.title, 'Team lead of the payments team');
    assert.equal(chosen?.target.daysLeft, 129);
    const titles = targetsAcross([{ key: 'lead', plan: lead }], TODAY).map(({ target }) => target.title);
    assert.deepEqual(titles, ['Annual review', 'Team lead of the payments team', 'Group manager', 'Lead an engineering group']);
  });

  it('prefers an overdue step to one ahead, and says so', () => {
    const chosen = chooseCountdown([{ key: 'lead', plan: lead }], '2027-04-03', 14);
    assert.equal(chosen?.target.title, 'Team lead of the payments team');
    assert.equal(chosen?.urgency, 'overdue');
    assert.equal(countdownText(chosen!.target, DEFAULT_FORMAT), 'Team lead · overdue by 3 days');
  });

  it('has nothing to count down to when every step is reached and no goal date is set', () => {
    const reached = plan('goal: Staff engineer\nsteps:\n  - title: Senior engineer\n    target: 2026-01-01\n    done: true');
    assert.equal(chosen(reached), undefined);
    assert.equal(chooseCountdown([], TODAY, 14), undefined);
  });

  it('grades urgency by the reminder lead time', () => {
    assert.equal(urgencyOf(15, 14), 'calm');
    assert.equal(urgencyOf(14, 14), 'soon');
    assert.equal(urgencyOf(0, 14), 'soon');
    assert.equal(urgencyOf(-1, 14), 'overdue');
    assert.equal(urgencyOf(3, 0), 'calm');
  });

  it('words the days as the status bar shows them', () => {
    const target = (daysLeft: number) => ({ kind: 'step' as const, title: 'Team lead', date: '2027-03-31', daysLeft, subject: 'steps[0]', range: ZERO });
    assert.equal(countdownText(target(129), DEFAULT_FORMAT), 'Team lead · 129 days');
    assert.equal(countdownText(target(1), DEFAULT_FORMAT), 'Team lead · 1 day');
    assert.equal(countdownText(target(0), DEFAULT_FORMAT), 'Team lead · today');
    assert.equal(countdownText(target(-1), DEFAULT_FORMAT), 'Team lead · overdue by 1 day');
  });

  it('follows a format with {title}, {days} and {date}, each replaced once per use', () => {
    const target = { kind: 'step' as const, title: 'Team lead of the payments team', date: '2027-03-31', daysLeft: 129, subject: 'steps[0]', range: ZERO };
    assert.equal(countdownText(target, '{days} to {title} ({date})'), '129 days to Team lead (2027-03-31)');
    assert.equal(countdownText(target, 'Next: {title}'), 'Next: Team lead');
    assert.equal(countdownText({ ...target, title: 'Ship {days} fast' }, '{title}: {days}'), 'Ship {days} fast: 129 days');
  });

  it('describes a target in full for tooltips, naming kinds other than steps', () => {
    const [moment, step] = targetsAcross([{ key: 'lead', plan: lead }], TODAY).map(({ target }) => target);
    assert.equal(describeTarget(step), 'Team lead of the payments team — 2027-03-31, in 129 days');
    assert.equal(describeTarget(moment), 'Annual review (key moment) — 2026-12-15, in 23 days');
  });
});

describe('shortTitle', () => {
  it('keeps short titles whole and trims their spaces', () => {
    assert.equal(shortTitle('  Director of  engineering '), 'Director of engineering');
  });

  it('keeps the head of a long role title', () => {
    assert.equal(shortTitle('Team lead of the payments team'), 'Team lead');
    assert.equal(shortTitle('Principal engineer, platform and infrastructure'), 'Principal engineer');
    assert.equal(shortTitle('Staff engineer at a company with a strong culture'), 'Staff engineer');
  });

  it('cuts a long title without a natural break at a word, with an ellipsis', () => {
    const short = shortTitle('Become a recognised public speaker everywhere');
    assert.equal(short, 'Become a recognised…');
    assert.ok(short.length <= 24);
  });
});

describe('escapeIcons', () => {
  it('escapes icon syntax so plan text cannot draw icons', () => {
    assert.equal(escapeIcons('Ship $(rocket) fast'), 'Ship \\$(rocket) fast');
    assert.equal(escapeIcons('$(sync~spin)'), '\\$(sync~spin)');
  });

  it('leaves other dollar signs and already escaped icons alone', () => {
    assert.equal(escapeIcons('Earn $(120k or more'), 'Earn $(120k or more');
    assert.equal(escapeIcons('\\$(rocket)'), '\\$(rocket)');
  });
});

const ZERO = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function chosen(p: ReturnType<typeof plan>) {
  return chooseCountdown([{ key: 'p', plan: p }], TODAY, 14);
}
