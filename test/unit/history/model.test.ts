import * as assert from 'node:assert/strict';
import { buildHistory, type PlanVersion } from '../../../src/core/history/model';
import { FIXTURE_TODAY, FIXTURE_VERSIONS } from '../../fixtures/history/versions';

const now = FIXTURE_VERSIONS[FIXTURE_VERSIONS.length - 1].text;
const targets = (history: ReturnType<typeof buildHistory>, step: number) => history.steps[step].points.map((point) => point.target);

describe('buildHistory from versions', () => {
  const history = buildHistory({ text: now, versions: FIXTURE_VERSIONS, today: FIXTURE_TODAY });

  it('gives each step one point per commit: five commits, five points', () => {
    assert.equal(history.source, 'git');
    assert.deepEqual(history.days, FIXTURE_VERSIONS.map((version) => version.date));
    assert.deepEqual(history.steps.map((step) => step.points.length), [5, 5, 5]);
    assert.deepEqual(history.steps[0].points.map((point) => point.when), history.days);
  });

  it("follows each step's target as it moved", () => {
    assert.deepEqual(targets(history, 0), ['2026-06-30', '2026-07-31', '2026-07-31', '2026-07-31', '2026-07-31']);
    assert.deepEqual(targets(history, 1), ['2026-12-31', '2026-12-31', '2027-03-31', '2027-05-31', '2027-05-31']);
    assert.deepEqual(targets(history, 2), ['2027-06-30', '2027-06-30', '2027-06-30', '2027-06-30', '2027-09-30']);
  });

  it('keeps a step whose title was edited in place as one line, under its new title', () => {
    assert.equal(history.steps.length, 3);
    assert.equal(history.steps[2].title, 'Staff engineer: platform');
    assert.equal(history.steps[2].number, 3);
  });

  it('marks the step reached, the gap closed and the reviews held, each on its day', () => {
    assert.equal(history.steps[0].reached, '2026-04-28');
    assert.deepEqual(
      history.events.map((event) => `${event.date} ${event.kind} ${event.title}`),
      ['2026-01-15 review Review', '2026-04-28 reached Senior engineer', '2026-05-04 review Review', '2026-08-01 closed Public speaking', '2026-08-10 review Review'],
    );
  });

  it('counts the text as it reads now as a version of today when it differs from the last commit', () => {
    const edited = now.replace('target: 2027-05-31', 'target: 2027-08-31');
    const later = buildHistory({ text: edited, versions: FIXTURE_VERSIONS, today: FIXTURE_TODAY });
    assert.deepEqual(later.days.slice(-2), ['2026-11-02', FIXTURE_TODAY]);
    assert.deepEqual(targets(later, 1).slice(-1), ['2027-08-31']);
  });

  it('counts several commits of one day once, as the last of them', () => {
    const sameDay: PlanVersion[] = [FIXTURE_VERSIONS[0], { ...FIXTURE_VERSIONS[1], date: FIXTURE_VERSIONS[0].date }];
    const history = buildHistory({ text: FIXTURE_VERSIONS[1].text, versions: sameDay, today: FIXTURE_TODAY });
    assert.deepEqual(history.days, ['2026-01-15']);
    assert.deepEqual(targets(history, 0), ['2026-07-31']);
  });

  it('tells a renamed step from a moved one: a title found elsewhere is matched by title, not position', () => {
    const plan = (titles: string[]) => `---\nsteps:\n${titles.map((title, i) => `  - title: ${title}\n    target: 2027-0${i + 1}-01`).join('\n')}\n---\n`;
    const versions = [
      { date: '2026-01-01', text: plan(['A', 'B']) },
      { date: '2026-02-01', text: plan(['B', 'A']) },
      { date: '2026-03-01', text: plan(['B', 'A2']) },
    ];
    const history = buildHistory({ text: versions[2].text, versions, today: '2026-04-01' });
    assert.deepEqual(history.steps.map((step) => [step.title, targets(history, history.steps.indexOf(step))]), [
      ['B', ['2027-02-01', '2027-01-01', '2027-01-01']],
      ['A2', ['2027-01-01', '2027-02-01', '2027-02-01']],
    ]);
  });

  it('keeps a removed step, after the steps of today, marked as removed', () => {
    const removed = now.replace(/  - title: Senior engineer\n    target: 2026-07-31\n    done: 2026-04-28\n/, '');
    const history = buildHistory({ text: removed, versions: [...FIXTURE_VERSIONS, { date: '2026-11-20', text: removed }], today: FIXTURE_TODAY });
    assert.deepEqual(history.steps.map((step) => [step.title, step.number]), [
      ['Tech lead on payments', 1],
      ['Staff engineer: platform', 2],
      ['Senior engineer', undefined],
    ]);
  });
});

describe('buildHistory without versions (no git)', () => {
  const history = buildHistory({ text: now, today: FIXTURE_TODAY });

  it('gives a point per review entry and one for today, read back from the moves the entries name', () => {
    assert.equal(history.source, 'reviews');
    assert.deepEqual(history.days, ['2026-05-04', '2026-08-10', FIXTURE_TODAY]);
    assert.deepEqual(targets(history, 1), ['2027-03-31', '2027-05-31', '2027-05-31']);
    assert.deepEqual(targets(history, 2), ['2027-09-30', '2027-09-30', '2027-09-30']);
  });

  it('takes reached steps and closed gaps from done and closed dates and the entries', () => {
    assert.equal(history.steps[0].reached, '2026-04-28');
    const withoutDates = now.replace('    done: 2026-04-28\n', '    done: true\n').replace('    closed: 2026-08-01\n', '');
    const events = buildHistory({ text: withoutDates, today: FIXTURE_TODAY }).events;
    assert.deepEqual(
      events.filter((event) => event.kind !== 'review').map((event) => `${event.date} ${event.kind} ${event.title}`),
      ['2026-04-28 reached Senior engineer', '2026-08-10 closed Public speaking'],
    );
  });

  it('draws one point a step, today, for a plan with no review entries', () => {
    const history = buildHistory({ text: FIXTURE_VERSIONS[0].text, today: FIXTURE_TODAY });
    assert.deepEqual(history.days, ['2026-01-15', FIXTURE_TODAY]);
    assert.deepEqual(history.steps.map((step) => step.points.length), [2, 2, 2]);
  });
});
