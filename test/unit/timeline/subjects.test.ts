import * as assert from 'node:assert/strict';
import { isTimelineSubject, subjectRange } from '../../../src/core/timeline/subjects';
import { fixturePlan, fixtureText } from './fixtures';

describe('timeline subjects', () => {
  const plan = fixturePlan('example');
  const lines = fixtureText('example').split('\n');
  const lineOf = (subject: string) => lines[subjectRange(plan, subject)!.start.line];

  it('find the line of the element a milestone stands for', () => {
    assert.match(lineOf('steps[1]'), /Group manager of two product teams/);
    assert.match(lineOf('gaps[0]'), /Hiring and interviewing/);
    assert.match(lineOf('moments[0]'), /Annual performance review/);
    assert.match(lineOf('goal'), /^goal:/);
    assert.match(lineOf('review'), /^review:/);
  });

  it('accept only the subjects a timeline sends', () => {
    for (const good of ['steps[0]', 'gaps[12]', 'moments[3]', 'goal', 'target', 'review']) assert.ok(isTimelineSubject(good), good);
    for (const bad of ['steps[-1]', 'steps[1] ', 'companies[0]', '__proto__', 'goal\n', 3, null, { subject: 'goal' }]) assert.ok(!isTimelineSubject(bad), String(bad));
    assert.equal(subjectRange(plan, 'steps[9]'), undefined);
  });
});
