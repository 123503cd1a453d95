// A .career-plan.json is validated with the zod schema the editor's JSON Schema is made from, and
// every mistake is located at the key or value it concerns, in words the CLI and the Problems panel share.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkJsonSyntax } from '../../../../src/core/config/jsonSyntax';
import { readConfigText } from '../../../../src/core/config/readConfig';

/** Each problem as `line:column-line:column message`, 1-based as the CLI prints them. */
function problems(text: string): string[] {
  return readConfigText(text).problems.map(({ range: { start, end }, message }) => `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1} ${message}`);
}

describe('config: reading .career-plan.json', () => {
  it('takes a valid file as it is', () => {
    const text = '{ "$schema": "./schema.json", "rules": { "CP101": "off", "goal-not-time-bound": true }, "options": { "focusLimit": 2 }, "ignores": ["drafts/"], "root": true }';
    const reading = readConfigText(text);
    assert.deepEqual(reading.problems, []);
    assert.deepEqual(reading.config, JSON.parse(text));
  });

  it('locates a wrong severity at its value, and guesses what was meant', () => {
    assert.deepEqual(problems('{\n  "rules": { "CP101": "eror" }\n}'), [
      '2:23-2:29 "eror" is not a severity. Did you mean `error`? A rule is set to "error", "warning", "info" or "off", or to true for its default severity and false for off.',
    ]);
  });

  it('locates an unknown rule at its key, with the nearest rule name', () => {
    assert.deepEqual(problems('{ "rules": { "goal-vauge-verb": "off" } }'), ['1:14-1:31 `goal-vauge-verb` is not a rule id or name. Did you mean `goal-vague-verb`?']);
    assert.deepEqual(problems('{ "rules": { "CP999x": "off" } }'), ['1:14-1:22 `CP999x` is not a rule id or name. The rules are listed in docs/rules/README.md.']);
  });

  it('locates a rule set twice (by id and by name) at its second key', () => {
    assert.deepEqual(problems('{ "rules": { "CP101": "off", "goal-vague-verb": "error" } }'), ['1:30-1:47 `goal-vague-verb` sets CP101 (goal-vague-verb) again, after `CP101`: keep one of them.']);
  });

  it('locates an unknown key at the top and among the options', () => {
    assert.deepEqual(problems('{ "rule": {} }'), ['1:3-1:9 `rule` is not a setting of .career-plan.json. Did you mean `rules`? Its settings are `$schema`, `rules`, `options`, `ignores` and `root`.']);
    assert.deepEqual(problems('{ "options": { "focuslimit": 2 } }'), [
      '1:16-1:28 `focuslimit` is not an option. Did you mean `focusLimit`? The options are `focusLimit`, `minMonthsBetweenSteps` and `momentPrepDays`.',
    ]);
  });

  it('says what each option takes', () => {
    assert.deepEqual(problems('{ "options": { "focusLimit": "x", "minMonthsBetweenSteps": -1, "momentPrepDays": 1.5 } }'), [
      '1:30-1:33 `focusLimit` takes a whole number of at least 1, not "x".',
      '1:60-1:62 `minMonthsBetweenSteps` takes a whole number of at least 0, not -1.',
      '1:82-1:85 `momentPrepDays` takes a whole number of at least 0, not 1.5.',
    ]);
    assert.deepEqual(problems('{ "options": { "focusLimit": 0 } }'), ['1:30-1:31 `focusLimit` takes a whole number of at least 1, not 0.']);
  });

  it('says what the other settings hold', () => {
    assert.match(problems('[]')[0], /^1:1-1:3 \.career-plan\.json holds one JSON object/);
    assert.match(problems('{ "rules": ["CP101"] }')[0], /^1:12-1:21 `rules` holds rule ids or names with their severities/);
    assert.match(problems('{ "ignores": "drafts/" }')[0], /^1:14-1:23 `ignores` holds a list of patterns in .gitignore syntax/);
    assert.match(problems('{ "ignores": ["a", 3] }')[0], /^1:20-1:21 Each pattern in `ignores` is a string, not 3\./);
    assert.match(problems('{ "root": "yes" }')[0], /^1:11-1:16 `root` is true/);
  });

  it('keeps the settings not in error, so one typo does not undo the file in the editor', () => {
    const reading = readConfigText('{ "rules": { "CP101": "eror", "CP102": "off", "nope": "off" }, "options": { "focusLimit": "x", "momentPrepDays": 3 }, "ignores": ["a", 3, "b"], "extra": 1 }');
    assert.deepEqual(reading.config, { rules: { CP102: 'off' }, options: { momentPrepDays: 3 }, ignores: ['a', 'b'] });
    assert.equal(reading.problems.length, 5);
  });

  it('reports keys named after JavaScript internals as unknown, reaching no prototype', () => {
    const reading = readConfigText('{ "rules": { "__proto__": { "CP005": "off" } }, "__proto__": { "polluted": true }, "constructor": 1 }');
    assert.deepEqual(reading.problems.map((problem) => problem.message.split(' ')[0]), ['`__proto__`', '`__proto__`', '`constructor`']);
    assert.deepEqual(reading.config, { rules: {} });
    assert.equal(Object.getPrototypeOf(reading.config), Object.prototype);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('locates JSON syntax mistakes, in words that do not depend on the Node version', () => {
    assert.deepEqual(problems('{ "a": 1, }'), ['1:9-1:10 Not valid JSON: a comma is followed by no property (JSON allows no trailing comma).']);
    assert.deepEqual(problems('{\n  // a comment\n}'), ['2:3-2:4 Not valid JSON: JSON allows no comments.']);
    assert.deepEqual(problems("{ 'rules': {} }"), ['1:3-1:4 Not valid JSON: strings and names are written in double quotes, not single ones.']);
    assert.deepEqual(problems('{ "a": "b\nc" }'), ['1:10-2:1 Not valid JSON: a string cannot hold a line break or a control character (write \\n or \\t).']);
    assert.deepEqual(problems(''), ['1:1-1:1 Not valid JSON: the file ends where a value should be.']);
    assert.deepEqual(problems('{ "a": 1 '), ['1:10-1:10 Not valid JSON: the file ends inside an object: a } is missing.']);
    assert.deepEqual(problems('{ "a" 1 }'), ['1:7-1:8 Not valid JSON: expected a colon after the property name.']);
  });

  it('counts columns without a byte order mark, as editors do', () => {
    assert.deepEqual(problems('\ufeff{ "root": 1 }'), ['1:11-1:12 `root` is true (look for no configuration above this folder) or false, not 1.']);
  });

  it('refuses a name written twice in one object, where JSON.parse would keep the last value without a word', () => {
    assert.deepEqual(problems('{ "options": { "focusLimit": 2 },\n  "options": { "focusLimit": 3 } }'), ['2:3-2:4 Not valid JSON: the name "options" is written twice in one object: keep one.']);
  });

  it('checks JSON syntax exactly as JSON.parse does', () => {
    // Valid JSON of every shape, and the same with one character changed, inserted or removed.
    const mutated = fc.tuple(fc.json(), fc.nat(), fc.constantFrom('delete', 'insert', 'replace'), fc.constantFrom(...'{}[],:"\\ \n/\'0-.eEtfnu'.split(''))).map(([json, at, how, char]) => {
      const i = json.length === 0 ? 0 : at % json.length;
      return how === 'delete' ? json.slice(0, i) + json.slice(i + 1) : how === 'insert' ? json.slice(0, i) + char + json.slice(i) : json.slice(0, i) + char + json.slice(i + 1);
    });
    fc.assert(
      fc.property(fc.oneof(fc.json(), mutated), (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        assert.equal(checkJsonSyntax(text) === undefined, parses, text);
      }),
      { numRuns: 3000 },
    );
  });
});
