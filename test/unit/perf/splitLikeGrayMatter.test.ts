import { strict as assert } from 'node:assert';
import matter from 'gray-matter';
import { splitFrontmatter } from '../../../src/core/parse/split';

/**
 * The frontmatter split no longer calls gray-matter (eval-prone engines, 52 KB of bundle); the body
 * must still start exactly where gray-matter says it does.
 */
const inert = { parse: () => ({}), stringify: () => '' };
const options = { engines: { yaml: inert, json: inert, javascript: inert, coffee: inert } };

function grayMatterBodyOffset(text: string): number {
  try {
    return text.length - matter(text, options).content.length;
  } catch {
    return -1;
  }
}

const DOCUMENTS = [
  '',
  'no frontmatter\n',
  '---\ngoal: g\n---\nbody\n',
  '---\ngoal: g\n---',
  '---\ngoal: g\n---\n',
  '---\r\ngoal: g\r\n---\r\nbody\r\n',
  '---\r\ngoal: g\r\n---\r\r\nbody',
  '\uFEFF---\ngoal: g\n---\nbody\n',
  '---yaml\ngoal: g\n---\nbody',
  '---  \ngoal: g\n---\nbody',
  '---yaml',
  '----\ngoal: g\n---\n',
  '---\n---\n',
  '---\n---\nbody',
  '---\ngoal: g\n---closing words\nbody',
  '---\ngoal: g\n',
  '---\ngoal: g\n--- \n\nbody',
  '---\ngoal: g\n---\n\n\nbody',
  '---\ngoal: g\n\n---\n---\nbody',
  '---\n# only a comment\n---\nbody',
];

describe('frontmatter split (gray-matter rules, without gray-matter)', () => {
  for (const text of DOCUMENTS) {
    it(`puts the body where gray-matter does: ${JSON.stringify(text)}`, () => {
      const expected = grayMatterBodyOffset(text);
      if (expected !== -1) assert.equal(splitFrontmatter(text).bodyOffset, expected);
    });
  }
});
