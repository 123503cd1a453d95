import * as assert from 'node:assert/strict';
import { combineFixes, overlaps } from '../../../../src/core/fixes/combineFixes';

const edit = (start: number, end: number, newText: string) => ({ span: { start, end }, newText });

describe('combineFixes', () => {
  it('keeps fixes that touch different text, in document order', () => {
    const combined = combineFixes([
      { title: 'b', edits: [edit(10, 12, 'B')] },
      { title: 'a', edits: [edit(0, 2, 'A')] },
    ]);
    assert.deepEqual(combined, [edit(0, 2, 'A'), edit(10, 12, 'B')]);
  });

  it('drops a whole fix when any of its edits overlaps one already taken', () => {
    const combined = combineFixes([
      { title: 'first', edits: [edit(5, 9, 'x')] },
      { title: 'second', edits: [edit(0, 1, 'y'), edit(8, 10, 'z')] },
      { title: 'third', edits: [edit(20, 20, 'w')] },
    ]);
    assert.deepEqual(combined, [edit(5, 9, 'x'), edit(20, 20, 'w')]);
  });

  it('applies the same edit proposed by two findings once', () => {
    const same = edit(3, 3, '\n  target: 2027-01-01');
    assert.deepEqual(combineFixes([{ title: 'a', edits: [same] }, { title: 'b', edits: [same] }]), [same]);
  });

  it('refuses two different insertions at one offset, whose order would be a guess', () => {
    assert.deepEqual(combineFixes([{ title: 'a', edits: [edit(4, 4, 'a')] }, { title: 'b', edits: [edit(4, 4, 'b')] }]), [edit(4, 4, 'a')]);
  });

  it('skips a fix whose own edits collide', () => {
    assert.deepEqual(combineFixes([{ title: 'broken', edits: [edit(0, 4, 'a'), edit(2, 6, 'b')] }]), []);
  });

  it('returns nothing for no fixes', () => {
    assert.deepEqual(combineFixes([]), []);
  });
});

describe('overlaps', () => {
  it('lets an insertion sit at the edge of a replacement', () => {
    assert.equal(overlaps(edit(4, 4, 'x'), edit(4, 8, 'y')), false);
    assert.equal(overlaps(edit(8, 8, 'x'), edit(4, 8, 'y')), false);
  });

  it('sees an insertion inside a replacement', () => {
    assert.equal(overlaps(edit(5, 5, 'x'), edit(4, 8, 'y')), true);
  });

  it('treats adjacent replacements as separate and shared characters as overlapping', () => {
    assert.equal(overlaps(edit(0, 4, 'a'), edit(4, 8, 'b')), false);
    assert.equal(overlaps(edit(0, 5, 'a'), edit(4, 8, 'b')), true);
  });
});
