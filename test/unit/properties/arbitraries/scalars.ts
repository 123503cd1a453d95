import fc from 'fast-check';
import { formatParts } from '../../../../src/core/calendar/dates';

/**
 * Scalars people write in a plan's frontmatter, and the ones that trip parsers: dates real and
 * impossible, numbers and YAML's reserved words, quotes, markup meant to run somewhere, tags,
 * anchors and aliases, and plain random text.
 */
const titles = fc.constantFrom(
  'Team lead of the payments team',
  'Director of engineering',
  'Hiring and interviewing',
  'Budget ownership',
  'Annual performance review',
  'Acme Analytics',
  'Ship the billing rewrite',
  'Staff engineer',
  'Становиться лидером команды',
  '成为工程总监',
  'Équipe «produit» — lead',
  'Lead 🚀 the platform team',
  'a',
  '3 months',
  'quarterly',
  'active',
  'closed',
  'high',
  'interview',
);

export const validDate = fc
  .record({ year: fc.integer({ min: 1990, max: 2099 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
  .map(({ year, month, day }) => formatParts(year, month, day));

export const oddDate = fc.constantFrom(
  '2027-02-30',
  '2027-02-29',
  '2028-02-29',
  '2027-13-01',
  '2027-00-10',
  '2027-04-31',
  '0000-00-00',
  '9999-12-31',
  '2027-3-1',
  'March 2027',
  '31/03/2027',
  '2027-03-31T10:00:00Z',
  '2027-03-31 10:00',
  '20270331',
  '2027-W13',
);

const reserved = fc.constantFrom('true', 'false', 'yes', 'no', 'on', 'off', '~', 'null', 'Null', '', '0', '1', '2', '-1', '1.5', '0x1F', '0o17', '1e309', '-.inf', '.nan', '12:30');

const quoted = fc.oneof(
  fc.string({ maxLength: 12 }).map((s) => JSON.stringify(s)),
  fc.string({ maxLength: 12 }).map((s) => `'${s.replace(/'/g, "''")}'`),
  fc.constantFrom('"unterminated', "'unterminated", '"\\u00e9\\n\\t"', '"\\x41\\q"'),
);

/** Text that would do something if a viewer trusted it. */
export const hostile = fc.constantFrom(
  '<script>globalThis.careerPlanSideEffect = 1</script>',
  '<img src=x onerror="globalThis.careerPlanSideEffect = 1">',
  '[click](command:workbench.action.quit)',
  '[run](javascript:alert(1))',
  'javascript:alert(1)',
  '"quoted" & <b>bold</b> \'single\'',
  '$(rocket) ${env:HOME} {{constructor}}',
);

const yamlSyntax = fc.constantFrom(
  '&anchor Team lead',
  '*anchor',
  '*missing',
  '!!js/function "function () { globalThis.careerPlanSideEffect = 1 }"',
  '!!js/regexp /x/',
  '!!binary aGk=',
  '!!str 2027-03-31',
  '!!int 3',
  '!custom value',
  '!<tag:yaml.org,2002:str> x',
  '? key',
  '- dash',
  ': colon',
  '|',
  '>-',
  'a: b',
  'a #not a comment',
  'trailing #',
  '%TAG',
  '@reserved',
  '`backtick`',
  '[unclosed',
  '{unclosed',
  ']',
  '}',
);

const randomText = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
);

export const scalar: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: titles },
  { weight: 4, arbitrary: validDate },
  { weight: 2, arbitrary: oddDate },
  { weight: 2, arbitrary: reserved },
  { weight: 1, arbitrary: quoted },
  { weight: 1, arbitrary: hostile },
  { weight: 1, arbitrary: yamlSyntax },
  { weight: 1, arbitrary: randomText },
);

/** What YAML reads back as the same text when written plain; anything else is double-quoted. */
function quotedWhenNeeded(text: string): string {
  const plain = text !== '' && !/^[-?:,[\]{}#&*!|>'"%@`\s]|: |:$| #|\s$|[\u0000-\u001f\u007f\u2028\u2029\ufeff]/.test(text) && !/^(?:true|false|yes|no|on|off|null|~|[-+.]?\d.*)$/i.test(text);
  return plain || /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : JSON.stringify(text);
}

/** Scalars written the way a careful person (or an editor's quick fix) would: they always read. */
export const tidyScalar: fc.Arbitrary<string> = fc
  .oneof({ weight: 8, arbitrary: titles }, { weight: 1, arbitrary: hostile }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }) })
  .map(quotedWhenNeeded);
