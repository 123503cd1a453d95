import * as assert from 'node:assert/strict';
import { addStep, applyEdits, insertStepTarget, markStepDone, moveStep } from '../../../src/core/edits';
import { lintText } from '../../../src/core/lint/lint';
import { parsePlan } from '../../../src/core/parse/parsePlan';
import { edited, file } from './helpers';

const TODAY = '2026-05-01';

describe('edits: markStepDone', () => {
  it('adds done after the target, at the step keys’ indentation, keeping comments', () => {
    const text = file(['---', 'goal: Lead a team # why: growth', 'steps:', '  - title: Team lead', '    target: 2027-03-31 # soon', '    # notes below', '  - Group manager', '---', '', '# Notes']);
    assert.equal(
      edited(text, (p) => markStepDone(p, 0, TODAY)),
      file(['---', 'goal: Lead a team # why: growth', 'steps:', '  - title: Team lead', '    target: 2027-03-31 # soon', `    done: ${TODAY}`, '    # notes below', '  - Group manager', '---', '', '# Notes']),
    );
  });

  it('turns done: false into the date and fills an empty done:', () => {
    const text = file(['---', 'goal: x', 'steps:', '  - title: A', '    done: false', '  - title: B', '    done:', '---']);
    assert.equal(edited(text, (p) => markStepDone(p, 0, TODAY)), text.replace('done: false', `done: ${TODAY}`));
    assert.equal(edited(text, (p) => markStepDone(p, 1, TODAY)), text.replace('done:\n', `done: ${TODAY}\n`));
  });

  it('leaves a step that is already done alone', () => {
    const parsed = parsePlan(file(['---', 'goal: x', 'steps:', '  - title: A', '    done: 2025-01-01', '  - title: B', '    done: true', '---']));
    assert.deepEqual(markStepDone(parsed, 0, TODAY), []);
    assert.deepEqual(markStepDone(parsed, 1, TODAY), []);
  });

  it('rewrites a bare step into a title and done lines with the item’s indentation', () => {
    const text = file(['---', 'goal: x', 'steps:', '    - Team lead', '    - "Director: platform"', '---']);
    assert.equal(
      edited(text, (p) => markStepDone(p, 1, TODAY)),
      file(['---', 'goal: x', 'steps:', '    - Team lead', '    - title: "Director: platform"', `      done: ${TODAY}`, '---']),
    );
  });

  it('writes into flow mappings and flow lists in flow style', () => {
    const text = file(['---', 'goal: x', 'steps: [Team lead, {title: Manager, target: 2028-01-01}]', '---']);
    assert.equal(edited(text, (p) => markStepDone(p, 0, TODAY)), text.replace('[Team lead,', `[{title: Team lead, done: ${TODAY}},`));
    assert.equal(edited(text, (p) => markStepDone(p, 1, TODAY)), text.replace('2028-01-01}', `2028-01-01, done: ${TODAY}}`));
  });

  it('keeps CRLF line breaks and a byte order mark', () => {
    const text = `\uFEFF${file(['---', 'goal: x', 'steps:', '  - title: A', '  - B', '---', 'body'], '\r\n')}`;
    assert.equal(edited(text, (p) => markStepDone(p, 0, TODAY)), `\uFEFF${file(['---', 'goal: x', 'steps:', '  - title: A', `    done: ${TODAY}`, '  - B', '---', 'body'], '\r\n')}`);
    assert.equal(edited(text, (p) => markStepDone(p, 1, TODAY)), `\uFEFF${file(['---', 'goal: x', 'steps:', '  - title: A', '  - title: B', `    done: ${TODAY}`, '---', 'body'], '\r\n')}`);
  });

  it('reads steps written under an alias key', () => {
    const text = file(['---', 'goal: x', 'milestones:', '- title: A', '  due: 2027-01-01', '---']);
    assert.equal(edited(text, (p) => markStepDone(p, 0, TODAY)), text.replace('01-01\n', `01-01\n  done: ${TODAY}\n`));
  });

  it('does nothing on frontmatter it cannot read safely', () => {
    assert.deepEqual(markStepDone(parsePlan(file(['---', 'goal: [x', 'steps:', '  - A', '---'])), 0, TODAY), []);
    assert.deepEqual(markStepDone(parsePlan(file(['---', 'goal: x', 'steps:', '  - A'])), 0, TODAY), []);
    assert.deepEqual(markStepDone(parsePlan('no frontmatter\n'), 0, TODAY), []);
    assert.deepEqual(markStepDone(parsePlan(file(['---', 'goal: x', 'steps:', '  - A', '---'])), 3, TODAY), []);
  });
});

describe('edits: insertStepTarget', () => {
  it('adds the target after the title, keeping everything else byte for byte', () => {
    const text = file(['---', 'goal: x', 'steps:', '  - title: A  # first', '    actions: [Read]', '  - B', '---']);
    assert.equal(edited(text, (p) => insertStepTarget(p, 0, '2027-06-30')), text.replace('# first\n', '# first\n    target: 2027-06-30\n'));
    assert.equal(edited(text, (p) => insertStepTarget(p, 1, '2027-06-30')), text.replace('  - B\n', '  - title: B\n    target: 2027-06-30\n'));
  });

  it('does not overwrite a target that is written', () => {
    assert.deepEqual(insertStepTarget(parsePlan(file(['---', 'goal: x', 'steps:', '  - title: A', '    target: 2027-01-01', '---'])), 0, '2028-01-01'), []);
  });
});

describe('edits: addStep', () => {
  it('appends a step in the list’s style, after the last step’s comments', () => {
    const text = file(['---', 'goal: x', 'steps:', '  - title: A', '    target: 2027-01-01', '    # more soon', '# end of steps', 'gaps: []', '---']);
    assert.equal(
      edited(text, (p) => addStep(p, 'B: the next one', '2028-01-01')),
      text.replace('# more soon\n', '# more soon\n  - title: "B: the next one"\n    target: 2028-01-01\n'),
    );
  });

  it('appends a bare title to a list of bare titles, and to flow lists', () => {
    const bare = file(['---', 'goal: x', 'steps:', '- A', '- B', '---']);
    assert.equal(edited(bare, (p) => addStep(p, 'C')), bare.replace('- B\n', '- B\n- C\n'));
    const flow = file(['---', 'goal: x', 'steps: [A, B]', '---']);
    assert.equal(edited(flow, (p) => addStep(p, 'C, then D', '2029-01-01')), flow.replace('B]', 'B, {title: "C, then D", target: 2029-01-01}]'));
    const empty = file(['---', 'goal: x', 'steps: []', '---']);
    assert.equal(edited(empty, (p) => addStep(p, 'C')), empty.replace('[]', '[{title: C}]'));
  });

  it('creates steps: before the closing fence, with the file’s indentation and line breaks', () => {
    const text = file(['---', 'goal: x', 'gaps:', '    - title: Hiring', '---', 'body'], '\r\n');
    assert.equal(
      edited(text, (p) => addStep(p, 'Lead', '2027-01-01')),
      file(['---', 'goal: x', 'gaps:', '    - title: Hiring', 'steps:', '    - title: Lead', '      target: 2027-01-01', '---', 'body'], '\r\n'),
    );
  });

  it('fills an empty steps: key', () => {
    const text = file(['---', 'goal: x', 'steps: # to do', 'gaps: []', '---']);
    assert.equal(edited(text, (p) => addStep(p, 'Lead')), text.replace('# to do\n', '# to do\n  - title: Lead\n'));
  });
});

describe('edits: moveStep', () => {
  it('swaps whole steps with their comments, leaving the blank lines between them in place', () => {
    const text = file(['---', 'goal: x', 'steps:', '  # the first', '  - title: A', '    target: 2028-01-01', '    # after A', '', '  # the second', '  - title: B', '    target: 2027-01-01', '---']);
    assert.equal(
      edited(text, (p) => moveStep(p, 1, -1)),
      file(['---', 'goal: x', 'steps:', '  # the second', '  - title: B', '    target: 2027-01-01', '', '  # the first', '  - title: A', '    target: 2028-01-01', '    # after A', '---']),
    );
  });

  it('finds the dash of a step written `- # comment` above its keys', () => {
    const text = file(['---', 'goal: x', 'steps:', '  - # the one that matters most', '    title: A', '    target: 2028-01-01', '  - title: B', '---']);
    assert.equal(
      edited(text, (p) => moveStep(p, 1, -1)),
      file(['---', 'goal: x', 'steps:', '  - title: B', '  - # the one that matters most', '    title: A', '    target: 2028-01-01', '---']),
      'the moved step must take its `- # comment` line with it, leaving no item without a dash',
    );
    const last = file(['---', 'goal: x', 'steps:', '  - title: B', '  - # later', '    # still later', '    title: A', '---']);
    assert.equal(edited(last, (p) => addStep(p, 'C')), last.replace('title: A\n', 'title: A\n  - title: C\n'), 'an appended step goes level with the last dash');
  });

  it('renumbers the gaps’ `blocks: <number>` so each still names the same step, and leaves titles alone', () => {
    const text = file(['---', 'goal: x', 'steps:', '  - title: A', '  - title: B', '  - title: C', 'gaps:', '  - title: Hiring', '    blocks: 3 # C', '  - {title: Budget, blocks: 1}', '  - title: Scope', '    blocks: B', '  - title: Far', '    blocks: 9', '---']);
    const result = edited(text, (p) => moveStep(p, 2, { to: 0 }));
    assert.equal(
      result,
      text.replace('  - title: A\n  - title: B\n  - title: C\n', '  - title: C\n  - title: A\n  - title: B\n').replace('blocks: 3 # C', 'blocks: 1 # C').replace('blocks: 1}', 'blocks: 2}'),
      'moving C to the top must turn `blocks: 3` into 1 and `blocks: 1` (A) into 2; a title and a number naming no step stay',
    );
    const gaps = parsePlan(result).plan.gaps.map((gap) => gap.blocks?.value);
    assert.deepEqual(gaps, [0, 1, 2, undefined]);
  });

  it('reads and renumbers a step number written in quotes (`blocks: "2"`) as the number it is', () => {
    const text = file(['---', 'goal: x', 'steps:', '  - title: A', '  - title: B', 'gaps:', '  - title: Hiring', '    blocks: "2"', '---']);
    const parsed = parsePlan(text);
    assert.deepEqual(parsed.problems, []);
    assert.equal(parsed.plan.gaps[0]?.blocks?.value, 1);
    assert.equal(parsePlan(edited(text, (p) => moveStep(p, 1, { to: 0 }))).plan.gaps[0]?.blocks?.value, 0);
    // A step called "2" is named by its title first.
    assert.equal(parsePlan(text.replace('title: A', 'title: "2"')).plan.gaps[0]?.blocks?.value, 0);
  });

  it('renumbers `blocks:` in CP303’s fix too, which moves the step', () => {
    const text = file(['---', 'goal: x', 'steps:', '  - title: A', '    target: 2028-01-01', '  - title: B', '    target: 2027-01-01', 'gaps:', '  - title: Hiring', '    blocks: 2', '---']);
    const fix = lintText(text, { today: TODAY }).findings.find((finding) => finding.ruleId === 'CP303')?.fix;
    assert.ok(fix, 'CP303 offers to move B above A');
    const result = applyEdits(text, fix.edits);
    assert.equal(parsePlan(result).plan.gaps[0]?.blocks?.value, 0, `the gap must still stand in front of B, now the first step:\n${result}`);
  });
});

describe('edits: a bare item turned into a mapping keeps its comment on its title line (issue 18)', () => {
  it('`- Lead # later` becomes `title: Lead # later` with the new key below', () => {
    const text = file(['---', 'goal: g', 'steps:', '  - Lead # later', '  - Staff', '---']);
    assert.equal(edited(text, (p) => insertStepTarget(p, 0, '2027-01-01')), text.replace('  - Lead # later\n', '  - title: Lead # later\n    target: 2027-01-01\n'));
  });
});
