import * as assert from 'node:assert/strict';
import { applyEdits } from '../../../src/core/edits';

describe('edits: applyEdits', () => {
  it('applies edits given in any order, each against the original offsets', () => {
    const text = 'abcdef';
    const result = applyEdits(text, [
      { span: { start: 4, end: 5 }, newText: 'E' },
      { span: { start: 0, end: 0 }, newText: '>' },
      { span: { start: 1, end: 3 }, newText: '' },
    ]);
    assert.equal(result, '>adEf');
  });

  it('keeps the given order of insertions at the same offset', () => {
    const result = applyEdits('ab', [
      { span: { start: 1, end: 1 }, newText: '1' },
      { span: { start: 1, end: 1 }, newText: '2' },
    ]);
    assert.equal(result, 'a12b');
  });

  it('refuses overlapping edits instead of corrupting the text', () => {
    assert.throws(() => applyEdits('abcdef', [
      { span: { start: 0, end: 3 }, newText: 'x' },
      { span: { start: 2, end: 4 }, newText: 'y' },
    ]), /overlap/);
  });

  it('refuses spans outside the text', () => {
    assert.throws(() => applyEdits('abc', [{ span: { start: 2, end: 9 }, newText: '' }]), /outside/);
  });

  it('returns the text unchanged for no edits', () => {
    assert.equal(applyEdits('abc', []), 'abc');
  });
});
