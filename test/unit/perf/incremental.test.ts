import { strict as assert } from 'node:assert';
import { parseIncrementally } from '../../../src/core/parse/incremental';
import { parsePlan, type ParsedPlan } from '../../../src/core/parse/parsePlan';
import { keystrokeOffsets, makePlan, typeAt } from '../../../scripts/bench/plans';
import { generatedBody, random } from './markdownSamples';

/**
 * Parsing with the previous parse of the same document must give exactly what a fresh parse gives,
 * while taking over the part of the text that did not change.
 */
function same(incremental: ParsedPlan, fresh: ParsedPlan, name: string): void {
  assert.equal(incremental.text, fresh.text);
  assert.deepStrictEqual(incremental.problems, fresh.problems, name);
  assert.deepStrictEqual(incremental.plan, fresh.plan, name);
}

const TYPED = ['a', ' ', '\n', '-', ':', '#', '[', '`', '\r\n', '---', '<!-- career-plan-disable -->', '- [ ] task (due 2027-01-02)\n'];

describe('incremental parse (parseIncrementally: the previous parse of the same document)', function () {
  this.timeout(30_000);

  it('a keystroke in a step title re-reads the frontmatter and moves the unchanged body', () => {
    const text = makePlan('typical', 11);
    const previous = parseIncrementally(text);
    const edited = typeAt(text, keystrokeOffsets(text, 11).frontmatter, 'x');
    const next = parseIncrementally(edited, {}, previous);
    same(next.parsed, parsePlan(edited), 'frontmatter keystroke');
    assert.notEqual(next.kept.yaml?.reading.validation, previous.kept.yaml?.reading.validation);
    assert.equal(next.parsed.plan.body.tasks.length, previous.parsed.plan.body.tasks.length);
  });

  it('a replaced character that moves nothing keeps the body as it was read', () => {
    const text = makePlan('typical', 12);
    const previous = parseIncrementally(text);
    const at = keystrokeOffsets(text, 12).frontmatter;
    const edited = text.slice(0, at) + 'Q' + text.slice(at + 1);
    const next = parseIncrementally(edited, {}, previous);
    assert.equal(next.kept.body?.parts.body, previous.kept.body?.parts.body);
    same(next.parsed, parsePlan(edited), 'same-length frontmatter edit');
  });

  it('a keystroke in the body keeps the frontmatter as it was read and validated', () => {
    const text = makePlan('typical', 13);
    const previous = parseIncrementally(text);
    const next = parseIncrementally(typeAt(text, keystrokeOffsets(text, 13).body, 'x'), {}, previous);
    assert.equal(next.kept.yaml?.reading.validation, previous.kept.yaml?.reading.validation);
    same(next.parsed, parsePlan(next.parsed.text), 'body keystroke');
  });

  it('a keystroke in one section of a long body re-reads that section and keeps the others', () => {
    const text = makePlan('large', 16);
    const previous = parseIncrementally(text);
    const next = parseIncrementally(typeAt(text, keystrokeOffsets(text, 16).body, 'x'), {}, previous);
    same(next.parsed, parsePlan(next.parsed.text), 'large body keystroke');
    assert.equal(next.parsed.plan.body.headings[0], previous.parsed.plan.body.headings[0], 'sections before the edit are kept as they were');
  });

  // SECTION_SEEDS=20000 npx mocha … runs a longer search once a change to the section re-reader needs it.
  const sectionSeeds = Number(process.env.SECTION_SEEDS ?? 60);
  it(`re-reads changed sections of ${sectionSeeds} generated bodies exactly as a fresh parse reads them`, function () {
    if (process.env.SECTION_SEEDS) this.timeout(0);
    const PIECES = ['x', '\n', '# ', '\n# Heading\n', '```', '\n```\n', '~~~', '<div>', '\n\n', '<!--', '-->', '- [ ] ', '> ', '    ', ']: /url', '[ref]', '#', '\r\n', '---', '==='];
    for (let seed = 1; seed <= sectionSeeds; seed++) {
      const next = random(seed);
      const sections = Array.from({ length: 3 + (seed % 5) }, (_, i) => `# Section ${i}\n\n${generatedBody(seed * 10 + i)}`);
      let text = `---\ngoal: g\nsteps: [a]\n---\n${seed % 4 === 0 ? 'Preamble text\n\n' : ''}${sections.join('\n')}`;
      let previous = parseIncrementally(text);
      for (let step = 0; step < 5; step++) {
        const bodyStart = text.indexOf('\n---\n') + 5;
        const at = bodyStart + Math.floor(next() * (text.length - bodyStart + 1));
        text = next() < 0.75 ? typeAt(text, at, PIECES[Math.floor(next() * PIECES.length)]) : text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 4));
        const incremental = parseIncrementally(text, {}, previous);
        same(incremental.parsed, parsePlan(text), `seed ${seed} step ${step}`);
        previous = incremental;
      }
    }
  });

  it('the same text gives the previous parse back', () => {
    const previous = parseIncrementally(makePlan('typical', 14));
    assert.equal(parseIncrementally(previous.parsed.text, {}, previous), previous);
  });

  it('other limits are not taken over', () => {
    const text = makePlan('typical', 15);
    const previous = parseIncrementally(text);
    const next = parseIncrementally(text, { maxBodyLength: 10 }, previous);
    assert.notEqual(next, previous);
    assert.ok(next.parsed.problems.some((problem) => problem.ruleId === 'CP007'));
  });

  // EDIT_SEEDS=5000 npx mocha … runs a longer search once a change to the parser needs it.
  const seeds = Number(process.env.EDIT_SEEDS ?? 100);
  it(`agrees with a fresh parse over ${seeds * 4} random edits anywhere, CRLF and closing-fence edits included`, function () {
    if (process.env.EDIT_SEEDS) this.timeout(0);
    for (let seed = 1; seed <= seeds; seed++) {
      const next = random(seed);
      let text = makePlan('typical', seed);
      if (seed % 5 === 0) text = text.replace(/\n/g, '\r\n');
      let previous = parseIncrementally(text);
      for (let step = 0; step < 4; step++) {
        const at = Math.floor(next() * (text.length + 1));
        const choice = next();
        text = choice < 0.7 ? typeAt(text, at, TYPED[Math.floor(next() * TYPED.length)]) : text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 3));
        const incremental = parseIncrementally(text, {}, previous);
        same(incremental.parsed, parsePlan(text), `seed ${seed} step ${step}`);
        previous = incremental;
      }
    }
  });
});
