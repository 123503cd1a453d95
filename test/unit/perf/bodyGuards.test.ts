import { strict as assert } from 'node:assert';
import { LineIndex } from '../../../src/core/document/lineIndex';
import { readBody } from '../../../src/core/parse/body';
import { cutCandidates, floodsAttention, maskDeepContainers, MAX_ATTENTION_RUNS, MAX_CONTAINER_DEPTH } from '../../../src/core/parse/bodyGuards';

describe('body guards (what keeps micromark from freezing)', () => {
  it('masks only the first marker past the depth limit, keeping the length', () => {
    const line = `${'- '.repeat(MAX_CONTAINER_DEPTH + 5)}x\n`;
    const masked = maskDeepContainers(line);
    assert.equal(masked.length, line.length);
    assert.equal(masked.indexOf('x'), 2 * MAX_CONTAINER_DEPTH, 'the marker at the limit becomes text');
    assert.equal(maskDeepContainers(`${'> '.repeat(MAX_CONTAINER_DEPTH)}x\n`), `${'> '.repeat(MAX_CONTAINER_DEPTH)}x\n`, 'nesting up to the limit is left alone');
  });

  it('a deep line still reads its text as written, markers included', () => {
    const text = `# ${'*_'.repeat(MAX_ATTENTION_RUNS)}\n${'> '.repeat(MAX_CONTAINER_DEPTH + 2)}# deep\n`;
    const body = readBody(text, 0, new LineIndex(text));
    assert.equal(body.headings[0].text, '*_'.repeat(MAX_ATTENTION_RUNS), 'a flood of emphasis markers reads as the markers');
    assert.equal(body.headings.length, 1, 'what is past the depth limit is text, not a heading');
  });

  it('counts emphasis runs per block: a blank line starts again', () => {
    const block = `${'*a* '.repeat(MAX_ATTENTION_RUNS / 2)}\n`;
    assert.equal(floodsAttention(block.repeat(3)), true);
    assert.equal(floodsAttention(`${block}\n`.repeat(3)), false);
  });

  it('cuts before headings, list items and unindented lines after a blank line', () => {
    const source = '# A\ntext\n- item\n  more\n\nnext\n\n  indented\n## B\n';
    const at = (line: string) => source.indexOf(line);
    assert.deepEqual(cutCandidates(source), [at('- item'), at('next'), at('## B')]);
  });
});
