import * as assert from 'node:assert/strict';
import { addGaps, appendToBodySection, closeGap, recordReview, setStepTarget } from '../../../src/core/edits';
import { parsePlan } from '../../../src/core/parse/parsePlan';
import { edited, file } from './helpers';

describe('edits: closeGap', () => {
  it('adds status and the day after the title of a gap written as a mapping', () => {
    const text = file(['---', 'goal: x', 'gaps:', '  - title: Hiring # the big one', '    actions: [Shadow]', '---']);
    assert.equal(edited(text, (p) => closeGap(p, 0, '2026-12-07')), file(['---', 'goal: x', 'gaps:', '  - title: Hiring # the big one', '    status: closed', '    closed: 2026-12-07', '    actions: [Shadow]', '---']));
  });

  it('replaces an active status and a stale day, and adds the day after the status', () => {
    const text = file(['---', 'goal: x', 'gaps:', '  - title: Hiring', '    status: active # now', '    notes: hard', '---']);
    assert.equal(edited(text, (p) => closeGap(p, 0, '2026-12-07')), file(['---', 'goal: x', 'gaps:', '  - title: Hiring', '    status: closed # now', '    closed: 2026-12-07', '    notes: hard', '---']));
    const dated = file(['---', 'goal: x', 'gaps:', '  - {title: Hiring, status: closed, closed: 2026-01-01}', '---']);
    assert.equal(edited(dated, (p) => closeGap(p, 0, '2026-12-07')), dated.replace('2026-01-01', '2026-12-07'));
  });

  it('turns a bare gap into a mapping with both keys, in a block or a flow list', () => {
    assert.equal(edited(file(['---', 'goal: x', 'gaps:', '  - Hiring', '---']), (p) => closeGap(p, 0, '2026-12-07')), file(['---', 'goal: x', 'gaps:', '  - title: Hiring', '    status: closed', '    closed: 2026-12-07', '---']));
    assert.equal(edited(file(['---', 'goal: x', 'gaps: [Hiring, Budgets]', '---']), (p) => closeGap(p, 1, '2026-12-07')), file(['---', 'goal: x', 'gaps: [Hiring, {title: Budgets, status: closed, closed: 2026-12-07}]', '---']));
  });
});

describe('edits: setStepTarget', () => {
  it('moves a target in place, keeping its comment, and adds one to a step without', () => {
    const text = file(['---', 'goal: x', 'steps:', '  - title: Lead', '    target: 2027-03-31 # agreed', '  - Staff', '---']);
    assert.equal(edited(text, (p) => setStepTarget(p, 0, '2027-06-30')), text.replace('2027-03-31', '2027-06-30'));
    assert.equal(edited(text, (p) => setStepTarget(p, 1, '2028-01-31')), text.replace('  - Staff\n', '  - title: Staff\n    target: 2028-01-31\n'));
    assert.deepEqual(setStepTarget(parsePlan(text), 0, '2027-03-31'), []);
  });
});

describe('edits: addGaps', () => {
  it('appends gaps in order, with who named them', () => {
    const text = file(['---', 'goal: x', 'gaps:', '  - Hiring', '---']);
    assert.equal(
      edited(text, (p) => addGaps(p, [{ title: 'Budgets', source: 'Dana, manager' }, { title: 'Talks' }])),
      file(['---', 'goal: x', 'gaps:', '  - Hiring', '  - title: Budgets', '    source: Dana, manager', '  - Talks', '---']),
    );
  });

  it('writes a missing or empty list once, with all the new gaps', () => {
    const expected = file(['---', 'goal: x', 'gaps:', '  - title: Budgets', '    source: Dana', '  - title: Talks', '---']);
    assert.equal(edited(file(['---', 'goal: x', '---']), (p) => addGaps(p, [{ title: 'Budgets', source: 'Dana' }, { title: 'Talks' }])), expected);
    assert.equal(edited(file(['---', 'goal: x', 'gaps:', '---']), (p) => addGaps(p, [{ title: 'Budgets', source: 'Dana' }, { title: 'Talks' }])), expected);
    assert.equal(edited(file(['---', 'goal: x', 'gaps: []', '---']), (p) => addGaps(p, [{ title: 'Budgets' }, { title: 'Talks' }])), file(['---', 'goal: x', 'gaps: [{title: Budgets}, {title: Talks}]', '---']));
  });
});

describe('edits: recordReview', () => {
  it('sets review.last, or writes a review mapping with last only when the plan has none', () => {
    const text = file(['---', 'goal: x', 'review:', '  every: quarterly', '  last: 2026-01-01 # first', '---']);
    assert.equal(edited(text, (p) => recordReview(p, '2026-12-07')), text.replace('2026-01-01', '2026-12-07'));
    assert.equal(edited(file(['---', 'goal: x', '---'], '\r\n'), (p) => recordReview(p, '2026-12-07')), file(['---', 'goal: x', 'review:', '  last: 2026-12-07', '---'], '\r\n'));
  });
});

describe('edits: appendToBodySection', () => {
  const block = ['### Review 2026-12-07', '- Goal: still holds'];

  it('appends after the section’s last written line, leaving the blank lines before the next heading', () => {
    const text = file(['---', 'goal: x', '---', '', '## Reviews', '', '### Review 2026-06-01', '- Wins: a talk', '', '', '## Later', 'text']);
    assert.equal(
      edited(text, (p) => appendToBodySection(p, 'Reviews', block)),
      file(['---', 'goal: x', '---', '', '## Reviews', '', '### Review 2026-06-01', '- Wins: a talk', '', ...block, '', '', '## Later', 'text']),
    );
  });

  it('finds the section whatever its case, and reads a deeper heading as part of it', () => {
    const text = file(['---', 'goal: x', '---', '## reviews', '### Review 2026-06-01', '#### Notes', 'x']);
    assert.equal(edited(text, (p) => appendToBodySection(p, 'Reviews', block)), file(['---', 'goal: x', '---', '## reviews', '### Review 2026-06-01', '#### Notes', 'x', '', ...block]));
  });

  it('adds the section at the end of the body, or right after the frontmatter when the body is empty', () => {
    assert.equal(edited(file(['---', 'goal: x', '---', '', 'Notes.', '', '']), (p) => appendToBodySection(p, 'Reviews', block)), file(['---', 'goal: x', '---', '', 'Notes.', '', '## Reviews', '', ...block, '', '']));
    assert.equal(edited(file(['---', 'goal: x', '---']), (p) => appendToBodySection(p, 'Reviews', block)), file(['---', 'goal: x', '---', '', '## Reviews', '', ...block]));
  });

  it('writes nothing without a frontmatter', () => {
    assert.deepEqual(appendToBodySection(parsePlan('# Notes\n'), 'Reviews', block), []);
  });
});
