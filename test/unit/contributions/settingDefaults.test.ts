// Setting defaults are written once, in package.json; the CLI and the core read the generated copy.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SETTING_DEFAULTS_FILE, settingDefaultsText } from '../../../scripts/setting-defaults';

describe('setting defaults', () => {
  it('src/core/settings/defaults.ts is generated from package.json and current (npx tsx scripts/setting-defaults.ts)', () => {
    assert.equal(readFileSync(SETTING_DEFAULTS_FILE, 'utf8'), settingDefaultsText());
  });
});
