import * as assert from 'node:assert/strict';
import { matchByTitle } from '../../../src/core/history/match';

describe('matchByTitle', () => {
  it('matches by title, ignoring case and spaces, wherever the item moved', () => {
    assert.deepEqual(matchByTitle(['A', 'B', 'C'], ['c', ' b ', 'A']), [2, 1, 0]);
  });

  it('falls back to the position for an edited title', () => {
    assert.deepEqual(matchByTitle(['Senior', 'Staff'], ['Senior', 'Staff: platform']), [0, 1]);
  });

  it('calls an item new when its position was taken or the old title lives on elsewhere', () => {
    assert.deepEqual(matchByTitle(['A', 'B'], ['B', 'X', 'Y']), [1, undefined, undefined]);
    assert.deepEqual(matchByTitle(['A'], ['A', 'B']), [0, undefined]);
  });
});
