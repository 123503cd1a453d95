import * as assert from 'node:assert/strict';
import { addGap, addGapAction, closeGap, moveGap, setGapStatus } from '../../../src/core/edits';
import { parsePlan } from '../../../src/core/parse/parsePlan';
import { edited, file } from './helpers';

describe('edits: moveGap', () => {
  const text = file([
    '---',
    'goal: x',
    'gaps:',
    '  # biggest first',
    '  - title: Hiring',
    '    status: active',
    '    actions:',
    '      - Shadow 5 interviews # with Sam',
    '  - Budgets',
    '  # maybe later',
    '  - title: Public speaking',
    '    # a talk at the meetup',
    'moments: []',
    '---',
    '',
    'Body text stays.',
  ]);

  it('moves a gap down one place with all its lines and the comments that belong to it', () => {
    assert.equal(
      edited(text, (p) => moveGap(p, 0, 1)),
      file(['---', 'goal: x', 'gaps:', '  - Budgets', '  # biggest first', '  - title: Hiring', '    status: active', '    actions:', '      - Shadow 5 interviews # with Sam', '  # maybe later', '  - title: Public speaking', '    # a talk at the meetup', 'moments: []', '---', '', 'Body text stays.']),
    );
  });

  it('moves a gap to a position, shifting the ones between', () => {
    assert.equal(
      edited(text, (p) => moveGap(p, 2, { to: 0 })),
      file(['---', 'goal: x', 'gaps:', '  # maybe later', '  - title: Public speaking', '    # a talk at the meetup', '  # biggest first', '  - title: Hiring', '    status: active', '    actions:', '      - Shadow 5 interviews # with Sam', '  - Budgets', 'moments: []', '---', '', 'Body text stays.']),
    );
  });

  it('moving there and back restores the file byte for byte', () => {
    const down = edited(text, (p) => moveGap(p, 0, 2));
    assert.equal(edited(down, (p) => moveGap(p, 2, -2)), text);
  });

  it('touches only the moved stretch, so the edit ends before the next key', () => {
    const parsed = parsePlan(text);
    const [edit] = moveGap(parsed, 0, 1);
    assert.ok(edit.span.end <= text.indexOf('  # maybe later'));
  });

  it('reorders flow lists item by item, keeping the separators', () => {
    const flow = file(['---', 'goal: x', 'gaps: [ Hiring,  {title: Budgets, status: active} , Talks ]', '---']);
    assert.equal(edited(flow, (p) => moveGap(p, 1, -1)), flow.replace('Hiring,  {title: Budgets, status: active} ,', '{title: Budgets, status: active},  Hiring ,'));
    assert.equal(edited(flow, (p) => moveGap(p, 0, { to: 2 })), flow.replace('[ Hiring,  {title: Budgets, status: active} , Talks ]', '[ {title: Budgets, status: active},  Talks , Hiring ]'));
  });

  it('keeps CRLF line breaks', () => {
    const crlf = text.replace(/\n/g, '\r\n');
    assert.equal(edited(crlf, (p) => moveGap(p, 1, 1)), edited(text, (p) => moveGap(p, 1, 1)).replace(/\n/g, '\r\n'));
  });

  it('does nothing past either end', () => {
    const parsed = parsePlan(text);
    assert.deepEqual(moveGap(parsed, 0, -1), []);
    assert.deepEqual(moveGap(parsed, 2, 1), []);
    assert.deepEqual(moveGap(parsed, 1, 0), []);
  });
});

describe('edits: addGap', () => {
  it('appends a gap at the bottom (least significant)', () => {
    const text = file(['---', 'goal: x', 'gaps:', '  - title: Hiring', '---']);
    assert.equal(edited(text, (p) => addGap(p, 'Budgets')), text.replace('Hiring\n', 'Hiring\n  - title: Budgets\n'));
    const bare = file(['---', 'goal: x', 'gaps: [Hiring]', '---']);
    assert.equal(edited(bare, (p) => addGap(p, 'Budgets')), bare.replace('[Hiring]', '[Hiring, Budgets]'));
  });

  it('creates gaps: with lists level with their key when the file writes them so', () => {
    const text = file(['---', 'goal: x', 'steps:', '- title: Lead', '---']);
    assert.equal(edited(text, (p) => addGap(p, 'Hiring')), file(['---', 'goal: x', 'steps:', '- title: Lead', 'gaps:', '- title: Hiring', '---']));
  });
});

describe('edits: setGapStatus', () => {
  it('replaces a status, or adds it after the title', () => {
    const text = file(['---', 'goal: x', 'gaps:', '  - title: Hiring', '    status: active # now', '  - title: Budgets', '    actions: [Read]', '  - Talks', '---']);
    assert.equal(edited(text, (p) => setGapStatus(p, 0, 'closed')), text.replace('status: active', 'status: closed'));
    assert.equal(edited(text, (p) => setGapStatus(p, 1, 'active')), text.replace('Budgets\n', 'Budgets\n    status: active\n'));
    assert.equal(edited(text, (p) => setGapStatus(p, 2, 'open')), text.replace('  - Talks', '  - title: Talks\n    status: open'));
    assert.deepEqual(setGapStatus(parsePlan(text), 0, 'active'), []);
  });
});

describe('edits: addGapAction', () => {
  it('appends to a block list of actions, after its last item', () => {
    const text = file(['---', 'goal: x', 'gaps:', '  - title: Hiring', '    actions:', '      - Shadow interviews', '      - title: Write a guide', '        due: 2027-01-15', '    status: active', '---']);
    assert.equal(edited(text, (p) => addGapAction(p, 0, 'Ask for feedback')), text.replace('2027-01-15\n', '2027-01-15\n      - Ask for feedback\n'));
  });

  it('creates the actions list on a mapping, a bare gap and a flow gap', () => {
    const text = file(['---', 'goal: x', 'gaps:', '  - title: Hiring', '    status: active', '  - Budgets', '  - {title: Talks}', '  - title: Writing', '    actions:', '---']);
    assert.equal(edited(text, (p) => addGapAction(p, 0, 'Plan it')), text.replace('active\n', 'active\n    actions:\n      - Plan it\n'));
    assert.equal(edited(text, (p) => addGapAction(p, 1, 'Plan it')), text.replace('  - Budgets', '  - title: Budgets\n    actions:\n      - Plan it'));
    assert.equal(edited(text, (p) => addGapAction(p, 2, 'Plan it')), text.replace('{title: Talks}', '{title: Talks, actions: [Plan it]}'));
    assert.equal(edited(text, (p) => addGapAction(p, 3, 'Plan it')), text.replace('    actions:\n---', '    actions:\n      - Plan it\n---'));
  });

  it('appends to a flow list of actions', () => {
    const text = file(['---', 'goal: x', 'gaps:', '  - title: Hiring', '    actions: [Read, "Ask: who"]', '---']);
    assert.equal(edited(text, (p) => addGapAction(p, 0, 'Plan, then act')), text.replace('"Ask: who"]', '"Ask: who", "Plan, then act"]'));
  });
});

describe('edits: closeGap', () => {
  const TODAY = '2026-12-07';

  it('replaces the status and writes the day after it, keeping comments and the other keys', () => {
    const text = file(['---', 'goal: x', 'gaps:', '  - title: Hiring # from Dana', '    status: active # now', '    actions: [Shadow 5 interviews]', '  - Budgets', '---', 'Body']);
    assert.equal(
      edited(text, (p) => closeGap(p, 0, TODAY)),
      file(['---', 'goal: x', 'gaps:', '  - title: Hiring # from Dana', '    status: closed # now', `    closed: ${TODAY}`, '    actions: [Shadow 5 interviews]', '  - Budgets', '---', 'Body']),
    );
  });

  it('adds both keys after the title when the gap has no status, and expands a bare gap', () => {
    const text = file(['---', 'goal: x', 'gaps:', '  - title: Hiring', '    source: Dana', '  - Budgets # later', '---']);
    assert.equal(edited(text, (p) => closeGap(p, 0, TODAY)), text.replace('  - title: Hiring\n', `  - title: Hiring\n    status: closed\n    closed: ${TODAY}\n`));
    assert.equal(edited(text, (p) => closeGap(p, 1, TODAY)), text.replace('  - Budgets # later\n', `  - title: Budgets # later\n    status: closed\n    closed: ${TODAY}\n`));
  });

  it('writes flow mappings and flow lists in flow style, and keeps CRLF', () => {
    const flow = file(['---', 'goal: x', 'gaps: [Hiring, {title: Budgets, status: open}]', '---'], '\r\n');
    assert.equal(edited(flow, (p) => closeGap(p, 0, TODAY)), flow.replace('[Hiring,', `[{title: Hiring, status: closed, closed: ${TODAY}},`));
    assert.equal(edited(flow, (p) => closeGap(p, 1, TODAY)), flow.replace('status: open}', `status: closed, closed: ${TODAY}}`));
  });

  it('fills an empty closed:, dates a closed gap that says no day (CP608 offers it), and leaves a missing gap and unreadable frontmatter alone', () => {
    const text = file(['---', 'goal: x', 'gaps:', '  - title: Hiring', '    status: open', '    closed:', '  - title: Budgets', '    status: closed', '---']);
    assert.equal(edited(text, (p) => closeGap(p, 0, TODAY)), text.replace('status: open\n    closed:\n', `status: closed\n    closed: ${TODAY}\n`));
    assert.equal(edited(text, (p) => closeGap(p, 1, TODAY)), text.replace('    status: closed\n', `    status: closed\n    closed: ${TODAY}\n`));
    assert.deepEqual(closeGap(parsePlan(text), 5, TODAY), []);
    assert.deepEqual(closeGap(parsePlan(file(['---', 'goal: [x', 'gaps:', '  - A', '---'])), 0, TODAY), []);
  });
});
