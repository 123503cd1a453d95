import * as assert from 'node:assert/strict';
import { frontmatterPosition } from '../../../../src/core/completion/frontmatterPosition';

/** The text with `|` taken out, and where it was. */
function at(marked: string): [string, number] {
  const offset = marked.indexOf('|');
  return [marked.slice(0, offset) + marked.slice(offset + 1), offset];
}

const position = (marked: string) => frontmatterPosition(...at(marked));

describe('frontmatterPosition', () => {
  it('finds a top-level key being typed', () => {
    const result = position('---\ngoal: Lead\nst|\n---\n');
    assert.equal(result?.kind, 'key');
    assert.equal(result?.context, 'plan');
    assert.deepEqual(result?.kind === 'key' && result.present, ['goal']);
    assert.deepEqual(result?.replace, { start: 15, end: 17 });
  });

  it('lists the keys around the cursor, above and below', () => {
    const result = position('---\ngoal: Lead\n|\nsteps: []\n---\n');
    assert.deepEqual(result?.kind === 'key' && result.present, ['goal', 'steps']);
  });

  it('knows a key inside a step mapping', () => {
    const result = position('---\ngoal: Lead\nsteps:\n  - title: Team lead\n    |\n  - title: Director\n    target: 2030-01-01\n---\n');
    assert.equal(result?.context, 'step');
    assert.deepEqual(result?.kind === 'key' && result.present, ['title']);
  });

  it('knows a new list item starts a mapping of that list', () => {
    assert.equal(position('---\ngoal: Lead\ngaps:\n  - title: Hiring\n    status: active\n  - |\n---\n')?.context, 'gap');
    assert.equal(position('---\ngoal: Lead\ncompanies:\n- |\n---\n')?.context, 'company');
  });

  it('follows lists that are not indented under their key', () => {
    assert.equal(position('---\ngoal: Lead\nmoments:\n- title: Review\n  d|\n---\n')?.context, 'moment');
  });

  it('knows an action of a gap, and of a moment written on the item line', () => {
    assert.equal(position('---\ngoal: Lead\ngaps:\n  - title: Hiring\n    actions:\n      - title: Read a book\n        |\n---\n')?.context, 'action');
    assert.equal(position('---\ngoal: Lead\nmoments:\n  - actions:\n      - title: Book a room\n      - |\n---\n')?.context, 'action');
  });

  it('knows review and lint mappings', () => {
    assert.equal(position('---\ngoal: Lead\nreview:\n  every: monthly\n  |\n---\n')?.context, 'review');
    assert.equal(position('---\ngoal: Lead\nlint:\n  |\n---\n')?.context, 'lint');
  });

  it('reads aliases as their key', () => {
    assert.equal(position('---\ngoal: Lead\nmilestones:\n  - title: Lead\n    |\n---\n')?.context, 'step');
    const value = position('---\ngoal: Lead\nsteps:\n  - title: Lead\n    deadline: |\n---\n');
    assert.equal(value?.kind === 'value' && value.key, 'target');
  });

  it('finds a value being typed after its key', () => {
    const [text, offset] = at('---\ngoal: Lead\ngaps:\n  - title: Hiring\n    status: ac|\n---\n');
    const result = frontmatterPosition(text, offset);
    assert.equal(result?.kind, 'value');
    assert.equal(result?.context, 'gap');
    assert.equal(result?.kind === 'value' && result.key, 'status');
    assert.equal(result?.kind === 'value' && result.typed, 'ac');
    assert.deepEqual(result?.replace, { start: text.indexOf('status:') + 7, end: offset });
  });

  it('finds a top-level value', () => {
    const result = position('---\ngoal: Lead\ntarget:|\n---\n');
    assert.equal(result?.kind === 'value' && result.key, 'target');
    assert.equal(result?.context, 'plan');
  });

  it('says nothing outside the frontmatter, in quotes, flows and block scalars', () => {
    assert.equal(position('---\ngoal: Lead\n---\n\nst|\n'), undefined);
    assert.equal(position('# Notes\nst|\n'), undefined);
    assert.equal(position('---\ngoal: "Lead |\n---\n'), undefined);
    assert.equal(position('---\ngoal: Lead\nreview: { every: |\n---\n'), undefined);
    assert.equal(position('---\ngoal: Lead\nsteps:\n  - title: Lead\n    notes: >\n      some wor|\n---\n'), undefined);
  });

  it('says nothing for items of a list of texts', () => {
    assert.equal(position('---\ngoal: Lead\nvalues:\n  - |\n---\n'), undefined);
  });
});
