import * as assert from 'node:assert/strict';
import { applyEdits, diffEdits } from '../../../src/core/edits';
import { random } from '../../../scripts/bench/random';

describe('edits: diffEdits', () => {
  it('gives no edit for the same text, and the characters that differ for a changed line', () => {
    assert.deepEqual(diffEdits('a\nb\n', 'a\nb\n'), []);
    assert.deepEqual(diffEdits('goal: x\nlast: 2026-01-01\nend\n', 'goal: x\nlast: 2026-12-07\nend\n'), [{ span: { start: 19, end: 24 }, newText: '12-07' }]);
  });

  it('keeps separate changes separate, so the lines between them are never rewritten', () => {
    const before = ['a', 'b', 'c', 'd', 'e', 'f', ''].join('\n');
    const after = ['a', 'B', 'c', 'd', 'e', 'f', 'g', ''].join('\n');
    const edits = diffEdits(before, after);
    assert.equal(edits.length, 2);
    assert.equal(applyEdits(before, edits), after);
  });

  it('turns any text into any other, on lines moved, added, removed and changed (seeded)', () => {
    const next = random(20);
    const words = ['goal: x', '  - title: A', '    status: closed', '', '# note', '- [ ] task', 'z'];
    for (let round = 0; round < 300; round++) {
      const lines = Array.from({ length: Math.floor(next() * 12) }, () => words[Math.floor(next() * words.length)]);
      const changed = [...lines];
      for (let change = Math.floor(next() * 4); change > 0; change--) {
        const at = Math.floor(next() * (changed.length + 1));
        const kind = next();
        if (kind < 0.4) changed.splice(at, 0, words[Math.floor(next() * words.length)]);
        else if (kind < 0.7) changed.splice(at, 1);
        else changed[at] = `${changed[at] ?? ''}!`;
      }
      const eol = next() < 0.5 ? '\n' : '\r\n';
      const before = lines.join(eol) + (next() < 0.5 ? eol : '');
      const after = changed.join(eol) + (next() < 0.5 ? eol : '');
      assert.equal(applyEdits(before, diffEdits(before, after)), after, JSON.stringify({ before, after }));
    }
  });
});
