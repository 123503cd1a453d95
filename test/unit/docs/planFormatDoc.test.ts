// docs/plan-format.md describes the keys in prose a table cannot hold, so it is written by hand; these
// checks keep its key tables and its aliases in step with the format table the parser reads.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FORMAT } from '../../../src/core/format/table';
import type { MappingKind } from '../../../src/core/format/types';

const DOC = fs.readFileSync(path.join(__dirname, '../../../docs/plan-format.md'), 'utf8');

/** The first column of the `| key | type | meaning |` table under the heading `### title`. */
function documentedKeys(title: string): string[] {
  const section = DOC.split(/^### /m).find((part) => part.startsWith(`${title}\n`)) ?? '';
  return [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((match) => match[1]);
}

/** The aliases of a kind as the doc's aliases table writes them: `alias`, `alias` [key]; … */
function aliasRow(kind: MappingKind): string {
  return Object.entries(FORMAT[kind].keys)
    .filter(([, key]) => (key.aliases ?? []).length > 0)
    .map(([name, key]) => `${(key.aliases ?? []).map((alias) => `\`${alias}\``).join(', ')} [${name}]`)
    .join('; ');
}

const TABLES: readonly (readonly [MappingKind, string])[] = [
  ['plan', 'Top level'],
  ['step', 'A step'],
  ['gap', 'A gap'],
  ['moment', 'A key moment'],
  ['company', 'A target company'],
];

const ROW_NAMES: Readonly<Record<MappingKind, string>> = { plan: 'top level', step: 'step', gap: 'gap', action: 'action', moment: 'moment', company: 'company', review: 'review' };

describe('docs/plan-format.md', () => {
  for (const [kind, title] of TABLES) {
    it(`lists every key of a ${kind}, in the format table's order`, () => {
      assert.deepEqual(documentedKeys(title), Object.keys(FORMAT[kind].keys));
    });
  }

  it('lists every alias of every kind', () => {
    for (const kind of Object.keys(FORMAT) as MappingKind[]) {
      const row = aliasRow(kind);
      if (row) assert.ok(DOC.includes(`| ${ROW_NAMES[kind]} | ${row} |`), `expected the row | ${ROW_NAMES[kind]} | ${row} |`);
    }
  });
});
