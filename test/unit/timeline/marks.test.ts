import * as assert from 'node:assert/strict';
import { entryLabel, entryStatus, gapText } from '../../../src/core/timeline/describe';
import { buildTimeline } from '../../../src/core/timeline/model';
import { renderTimelineSvg } from '../../../src/core/timeline/svg';
import { planOf, TODAY } from './fixtures';
import { descendants, hasClass, parseXml } from './xml';

describe('timeline marks of what was achieved', () => {
  const plan = planOf(
    [
      'goal: Staff engineer',
      'steps:',
      '  - title: Senior engineer',
      '    target: 2026-06-30',
      '    done: 2026-05-20',
      '  - title: Tech lead',
      '    target: 2027-06-30',
      'gaps:',
      '  - title: Public speaking',
      '    blocks: 2',
      '    status: closed',
      '    closed: 2026-08-01',
      '  - title: Budgeting',
      '    blocks: 2',
    ].join('\n'),
  );
  const timeline = buildTimeline(plan, TODAY);
  const step = (n: number) => timeline.dated.find((entry) => entry.number === n)!;

  it('says a reached step was reached, with a check, and reads it aloud without the check', () => {
    assert.equal(entryStatus(step(1)), '✓ reached on 2026-05-20 (target 2026-06-30)');
    assert.match(entryLabel(step(1), timeline), /^Step 1 of 2: Senior engineer\. Reached on 2026-05-20/);
  });

  it('gives a closed gap a check and the day it was closed', () => {
    assert.deepEqual(step(2).gaps.map(gapText), ['✓ #1 Public speaking (closed on 2026-08-01)', '#2 Budgeting (open)']);
  });

  it('draws both marked in the picture', () => {
    const root = parseXml(renderTimelineSvg(timeline));
    const reached = descendants(root, (node) => hasClass('milestone')(node) && hasClass('done')(node) && hasClass('step')(node));
    assert.equal(reached.length, 1);
    assert.equal(descendants(reached[0], hasClass('badge'))[0].text, '✓');
    const closed = descendants(root, (node) => hasClass('gap')(node) && hasClass('closed')(node));
    assert.deepEqual(closed.map((node) => node.text), ['✓ #1 Public speaking (closed on 2026-08-01)']);
  });
});
