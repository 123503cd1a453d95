import { strict as assert } from 'node:assert';
import { LineIndex } from '../../../src/core/document/lineIndex';
import type * as vscode from 'vscode';
import { analyse } from '../../../src/extension/services/analysis';
import { DEFAULT_OPTIONS } from '../../../src/core/rules/options';
import { storedPlan } from '../../../src/extension/services/storedPlan';
import { pack } from '../../../src/extension/services/packed';
import { makePlan } from '../../../scripts/bench/plans';

/** Plans that are not open are kept packed; unpacking must give back exactly what was packed. */
describe('packed plans (what the store keeps of a plan that is not open)', function () {
  this.timeout(30_000);

  it('unpacks a plan, its problems and findings exactly as they were', () => {
    for (const size of ['typical', 'large'] as const) {
      const { parsed, findings } = analyse(makePlan(size, 21), { today: '2026-06-01' });
      const value = { plan: parsed.plan, problems: parsed.problems, findings };
      assert.deepStrictEqual(pack(value, parsed.lines).unpack(), value);
    }
  });

  it('keeps shared objects shared, prototypes, odd numbers and ranges that are not their span', () => {
    const lines = new LineIndex('ab\ncd\r\nef');
    const settings = Object.assign(Object.create(null), { __proto__: 'off', CP101: false });
    const heading = { depth: 1, text: 'x' };
    const value = {
      settings,
      numbers: [0, 70_000, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY],
      tasks: [{ heading }, { heading }],
      derived: { span: { start: 4, end: 8 }, range: { start: { line: 1, character: 1 }, end: { line: 2, character: 0 } } },
      written: { span: { start: 0, end: 1 }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } } },
      nothing: [null, undefined, true, false, ''],
    };
    const unpacked = pack(value, lines).unpack();
    assert.deepStrictEqual(unpacked, value);
    assert.equal(Object.getPrototypeOf(unpacked.settings), null);
    assert.equal(unpacked.tasks[0].heading, unpacked.tasks[1].heading);
  });

  it('a stored plan keeps the plan data and findings, without fixes or the body details', () => {
    const analysis = analyse(makePlan('typical', 22), { today: '2026-06-01' });
    const stored = storedPlan({} as vscode.Uri, analysis, { today: '2026-06-01', options: DEFAULT_OPTIONS, configured: true });
    assert.equal(stored.open, false);
    assert.deepStrictEqual(stored.problems, analysis.parsed.problems);
    assert.deepStrictEqual(stored.plan, { ...analysis.parsed.plan, body: { offset: analysis.parsed.plan.body.offset, headings: [], tasks: [], directives: [] } });
    assert.deepStrictEqual(stored.findings, analysis.findings.map((finding) => ({ ...finding, fix: undefined, ...(finding.suggestions && { suggestions: undefined }) })));
    assert.equal(stored.plan, stored.plan, 'unpacked once while in use');
  });
});
