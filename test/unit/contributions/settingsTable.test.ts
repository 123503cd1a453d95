// The settings table in the pages that carry it is generated from package.json: it must be current.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pagesWithTable, settingsTable, withCurrentTable } from '../../../scripts/settings-table';

const ROOT = path.resolve(__dirname, '../../..');

describe('settings table', () => {
  it('lists every careerPlan setting', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const table = settingsTable();
    for (const name of Object.keys(manifest.contributes.configuration.properties)) assert.ok(table.includes(`| \`${name}\` |`), name);
  });

  it('is carried by at least one page', () => {
    assert.ok(pagesWithTable().length > 0);
  });

  for (const file of pagesWithTable()) {
    it(`is up to date in ${path.relative(ROOT, file)} (npx tsx scripts/settings-table.ts)`, () => {
      const page = readFileSync(file, 'utf8');
      assert.equal(page, withCurrentTable(page));
    });
  }
});
