import fc from 'fast-check';

/**
 * Any text at all, plus "token soup": random sequences of the pieces plan syntax is made of, which
 * reach the parser's corners (fences, keys, list dashes, brackets, line breaks) far more often than
 * uniformly random characters do.
 */
const tokens = fc.constantFrom(
  '---', '---\n', '\n---\n', '\uFEFF', '\n', '\r\n', '\r', ' ', '  ', '\t', '- ', ': ', ':', '#', '# ',
  '[', ']', '{', '}', ',', '"', "'", '&a ', '*a', '!!js/function ', '|', '>', '?', '...',
  'goal', 'steps', 'gaps', 'title', 'target', 'done', 'blocks', 'actions', 'lint', '__proto__', '<<',
  '2027-03-31', '2027-02-30', 'true', 'null', '1', 'Team lead', '- [ ] ', '- [x] ', '## ', '<!-- ', ' -->',
  'career-plan-disable', 'career-plan-disable-next-line', ' CP005', '```', '\u0000', '\uD800', '\uDC00', '😀', 'é',
);

export const tokenSoup: fc.Arbitrary<string> = fc.array(tokens, { maxLength: 60 }).map((parts) => parts.join(''));

export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  // An array joined, not fc.string with a custom unit: that one maps fast-check's own sample strings onto the unit at load (seconds).
  fc.array(fc.constantFrom('-', '\n', '\r', ' ', ':', 'a', '#', '[', ']', '{', '}', '\t'), { maxLength: 200 }).map((chars) => chars.join('')),
  tokenSoup,
);
