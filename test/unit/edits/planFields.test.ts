import * as assert from 'node:assert/strict';
import { addMomentPrep, insertGoalTarget, insertValues, markStepDone, setReviewLast } from '../../../src/core/edits';
import { parsePlan } from '../../../src/core/parse/parsePlan';
import { edited, file } from './helpers';

describe('edits: insertValues', () => {
  it('adds values after the goal’s target, or after the goal', () => {
    const withTarget = file(['---', 'goal: >-', '  Lead a team', '  of ten', 'target: 2030-01-01 # long way', 'steps: []', '---']);
    assert.equal(edited(withTarget, (p) => insertValues(p, ['family', 'craft'])), withTarget.replace('# long way\n', '# long way\nvalues:\n  - family\n  - craft\n'));
    const goalOnly = file(['---', 'goal: >-', '  Lead a team', '  of ten', 'steps: []', '---']);
    assert.equal(edited(goalOnly, (p) => insertValues(p, ['family'])), goalOnly.replace('of ten\n', 'of ten\nvalues:\n  - family\n'));
  });

  it('fills an empty values: key, and leaves written values alone', () => {
    const empty = file(['---', 'goal: x', 'values:', '---']);
    assert.equal(edited(empty, (p) => insertValues(p)), empty.replace('values:', 'values: [autonomy, learning, time with family]'));
    assert.deepEqual(insertValues(parsePlan(file(['---', 'goal: x', 'values: [craft]', '---']))), []);
  });

  it('keeps CRLF and a byte order mark', () => {
    const text = `\uFEFF${file(['---', 'goal: x', '---'], '\r\n')}`;
    assert.equal(edited(text, (p) => insertValues(p, ['craft'])), `\uFEFF${file(['---', 'goal: x', 'values:', '  - craft', '---'], '\r\n')}`);
  });
});

describe('edits: insertGoalTarget', () => {
  it('adds target right after the goal', () => {
    const text = file(['---', 'goal: Lead a team # mine', 'steps: []', '---']);
    assert.equal(edited(text, (p) => insertGoalTarget(p, '2030-06-30')), text.replace('# mine\n', '# mine\ntarget: 2030-06-30\n'));
  });

  it('writes into a flow frontmatter', () => {
    const text = file(['---', '{goal: Lead a team, steps: []}', '---']);
    assert.equal(edited(text, (p) => insertGoalTarget(p, '2030-06-30')), text.replace('steps: []}', 'steps: [], target: 2030-06-30}'));
  });
});

describe('edits: setReviewLast', () => {
  it('updates the last review date or adds it', () => {
    const text = file(['---', 'goal: x', 'review: { every: 3 months, last: 2026-01-01 }', '---']);
    assert.equal(edited(text, (p) => setReviewLast(p, '2026-05-01')), text.replace('2026-01-01', '2026-05-01'));
    const block = file(['---', 'goal: x', 'review:', '  every: quarterly', '---']);
    assert.equal(edited(block, (p) => setReviewLast(p, '2026-05-01')), block.replace('quarterly\n', 'quarterly\n  last: 2026-05-01\n'));
  });
});

describe('edits: addMomentPrep', () => {
  it('creates or extends the prep list', () => {
    const text = file(['---', 'goal: x', 'moments:', '  - title: Review', '    date: 2026-06-01', '  - title: Interview', '    prep: [Read their blog]', '---']);
    assert.equal(edited(text, (p) => addMomentPrep(p, 0, 'List results')), text.replace('2026-06-01\n', '2026-06-01\n    prep:\n      - List results\n'));
    assert.equal(edited(text, (p) => addMomentPrep(p, 1, 'Rehearse')), text.replace('blog]', 'blog, Rehearse]'));
  });
});

describe('edits: a key written with YAML’s explicit nothing (`~`, `null`) or with a tag', () => {
  it('has its `~` or `null` replaced by the value, and only that token', () => {
    const text = file(['---', 'goal: x', 'target: null # someday', 'values: ~', 'steps:', '  - title: Team lead', '    done: ~', '---']);
    assert.equal(edited(text, (p) => insertGoalTarget(p, '2030-06-30')), text.replace('null # someday', '2030-06-30 # someday'), '`target: null` must become `target: 2030-06-30`, not `target: 2030-06-30 null`');
    assert.equal(edited(text, (p) => insertValues(p, ['craft'])), text.replace('values: ~', 'values: [craft]'));
    assert.equal(edited(text, (p) => markStepDone(p, 0, '2026-06-15')), text.replace('done: ~', 'done: 2026-06-15'));
  });

  it('in a flow mapping, too', () => {
    const text = file(['---', '{goal: x, target: ~}', '---']);
    assert.equal(edited(text, (p) => insertGoalTarget(p, '2030-06-30')), text.replace('~', '2030-06-30'));
    const prep = file(['---', 'goal: x', 'moments: [{title: Review, prep: ~}]', '---']);
    assert.equal(edited(prep, (p) => addMomentPrep(p, 0, 'List results')), prep.replace('prep: ~', 'prep: [List results]'));
  });

  it('gets a block list in place of its `~`, its comment kept', () => {
    const text = file(['---', 'goal: x', 'moments:', '  - title: Review', '    prep: ~ # later', '---']);
    assert.equal(edited(text, (p) => addMomentPrep(p, 0, 'List results')), text.replace('prep: ~ # later\n', 'prep: # later\n      - List results\n'), 'a list under `prep: ~` must not leave the `~` in front of it');
    const below = file(['---', 'goal: x', 'moments:', '  - title: Review', '    prep:', '      null', '---']);
    assert.deepEqual(parsePlan(edited(below, (p) => addMomentPrep(p, 0, 'List results'))).plan.moments[0]?.prep?.map((item) => item.value), ['List results']);
  });

  it('loses the tag written with it (`!!null`, `!!null ~`), which would retag or break the new value', () => {
    const text = file(['---', 'goal: x', 'target: !!null # someday', 'values: !!null ~', 'steps:', '  - title: Team lead', '    done: !!null', '---']);
    assert.equal(edited(text, (p) => insertGoalTarget(p, '2030-06-30')), text.replace('!!null # someday', '2030-06-30 # someday'));
    assert.equal(edited(text, (p) => insertValues(p, ['craft'])), text.replace('values: !!null ~', 'values: [craft]'));
    assert.equal(edited(text, (p) => markStepDone(p, 0, '2026-06-15')), text.replace('done: !!null', 'done: 2026-06-15'));
    const flow = file(['---', '{goal: x, target: !!null}', '---']);
    assert.equal(edited(flow, (p) => insertGoalTarget(p, '2030-06-30')), flow.replace('!!null', '2030-06-30'));
    const block = file(['---', 'goal: x', 'moments:', '  - title: Review', '    prep: !!null # later', '---']);
    assert.equal(edited(block, (p) => addMomentPrep(p, 0, 'List results')), block.replace('prep: !!null # later\n', 'prep: # later\n      - List results\n'));
  });

  it('a value that is replaced loses its tag too (`done: !!bool false`)', () => {
    const text = file(['---', 'goal: x', 'steps:', '  - title: Team lead', '    done: !!bool false # not yet', '---']);
    assert.equal(edited(text, (p) => markStepDone(p, 0, '2026-06-15')), text.replace('!!bool false', '2026-06-15'));
  });
});
