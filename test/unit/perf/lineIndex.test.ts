import { strict as assert } from 'node:assert';
import { LineIndex } from '../../../src/core/document/lineIndex';
import { changeBetween } from '../../../src/core/parse/textDiff';
import { random } from './markdownSamples';

/** A keystroke's line index is built from the previous one; it must equal one built from scratch. */
describe('line index of an edited text', () => {
  const PIECES = ['a', '\n', '\r', '\r\n', '\n\r', 'xy\nz', ''];
  const whole = (lines: LineIndex) => Array.from({ length: lines.lineCount }, (_, line) => lines.lineStartOffset(line));

  it('equals a fresh index after 3,000 random edits, \\r\\n split and joined included', () => {
    for (let seed = 1; seed <= 3000; seed++) {
      const next = random(seed);
      const before = Array.from({ length: 1 + Math.floor(next() * 12) }, () => PIECES[Math.floor(next() * PIECES.length)]).join('');
      const at = Math.floor(next() * (before.length + 1));
      const after = before.slice(0, at) + PIECES[Math.floor(next() * PIECES.length)] + before.slice(at + Math.floor(next() * 3));
      const { from, oldTo, newTo } = changeBetween(before, after);
      const edited = LineIndex.edited(new LineIndex(before), after, from, oldTo, newTo);
      assert.deepEqual(whole(edited), whole(new LineIndex(after)), `${JSON.stringify(before)} -> ${JSON.stringify(after)}`);
      assert.equal(edited.eol, new LineIndex(after).eol);
    }
  });

  it('finds the change in long texts a block at a time', () => {
    const before = 'line\n'.repeat(50_000);
    const after = `${before.slice(0, 123_457)}X${before.slice(123_457)}`;
    assert.deepEqual(changeBetween(before, after), { from: 123_457, oldTo: 123_457, newTo: 123_458 });
    assert.deepEqual(changeBetween(after, before), { from: 123_457, oldTo: 123_458, newTo: 123_457 });
    assert.deepEqual(changeBetween(before, before), { from: before.length, oldTo: before.length, newTo: before.length });
  });
});

describe('line index positions', () => {
  it('puts an offset between the \\r and the \\n of a line break at the end of its line', () => {
    const lines = new LineIndex('ab\r\ncd\r\n');
    assert.deepEqual(lines.positionAt(3), { line: 0, character: 2 }, 'offset 3 lies inside the first \\r\\n: it must not be one past the end of line 0');
    assert.deepEqual(lines.positionAt(2), { line: 0, character: 2 });
    assert.deepEqual(lines.positionAt(4), { line: 1, character: 0 });
    assert.deepEqual(lines.positionAt(7), { line: 1, character: 2 });
    assert.deepEqual(lines.positionAt(8), { line: 2, character: 0 });
  });
});
