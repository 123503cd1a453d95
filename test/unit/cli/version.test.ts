import * as assert from 'node:assert/strict';
import { version } from '../../../package.json';
import { runCli } from './runCli';

describe('CLI --version', () => {
  it('prints the package version and exits 0, with or without a command', async () => {
    for (const args of [['--version'], ['-v'], ['lint', '--version']]) {
      assert.deepEqual(await runCli(args), { code: 0, out: `${version}\n`, err: '' }, args.join(' '));
    }
  });
});
