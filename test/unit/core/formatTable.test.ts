import * as assert from 'node:assert/strict';
import { canonicalKey } from '../../../src/core/format/lookup';
import { FORMAT } from '../../../src/core/format/table';
import type { MappingFormat, MappingKind } from '../../../src/core/format/types';

describe('format table', () => {
  for (const [kind, format] of Object.entries(FORMAT) as [MappingKind, MappingFormat][]) {
    it(`reads each alias of a ${kind} as its key, and no alias hides a key or another alias`, () => {
      const keys = Object.keys(format.keys);
      const aliases = Object.values(format.keys).flatMap((key) => key.aliases ?? []);
      // Written keys are lower-cased before the lookup: an alias in capitals would never match.
      for (const alias of aliases) assert.equal(alias, alias.trim().toLowerCase(), alias);
      assert.deepEqual(aliases.filter((alias) => keys.includes(alias)), []);
      assert.equal(new Set(aliases).size, aliases.length, `an alias of a ${kind} is listed twice`);
      for (const [key, { aliases: own = [] }] of Object.entries(format.keys)) for (const alias of own) assert.equal(canonicalKey(kind, alias), key);
    });
  }
});
