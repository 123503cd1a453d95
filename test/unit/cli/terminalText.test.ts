import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { terminalJson, terminalText } from '../../../src/cli/format/terminalText';
import { PROPERTY_SEED } from '../properties/budget';

/** What a terminal acts on (C0 controls but the tab, DEL and C1 controls) or reorders a line by (bidi controls). */
const TERMINAL_CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const BIDI_CONTROLS = [0x61c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069];
/** Texts dense in controls: every character from the first 768 code points, and the bidi controls. */
const controlSoup = fc.string({
  unit: fc.oneof(fc.nat(0x2ff), fc.constantFrom(...BIDI_CONTROLS)).map((code) => String.fromCharCode(code)),
  maxLength: 40,
});

describe('terminalText', () => {
  it('writes escape sequences, BEL, backspace, line breaks and C1 controls as visible text', () => {
    assert.equal(terminalText('Team \x1b]8;;https://evil.invalid\x1b\\lead\x1b]8;;\x1b\\'), 'Team \\x1b]8;;https://evil.invalid\\x1b\\lead\\x1b]8;;\\x1b\\');
    assert.equal(terminalText('Lead \x1b[2J\x07\b\r\n\x7f\x9b31m\x00'), 'Lead \\x1b[2J\\x07\\x08\\x0d\\x0a\\x7f\\x9b31m\\x00');
  });

  it('writes bidirectional controls as visible escapes, so a quoted title cannot reorder the line', () => {
    assert.equal(terminalText('Lead \u202eredaeL\u202c \u2066x\u2069 \u200f\u061c'), 'Lead \\u202eredaeL\\u202c \\u2066x\\u2069 \\u200f\\u061c');
  });

  it('leaves tabs and every other character as they are', () => {
    assert.equal(terminalText('Staff\tengineer — Zürich 👩‍💻 \\x1b'), 'Staff\tengineer — Zürich 👩‍💻 \\x1b');
  });

  it('leaves no control character in any text', () => {
    fc.assert(
      fc.property(controlSoup, (text) => assert.doesNotMatch(terminalText(text), TERMINAL_CONTROL)),
      { numRuns: 2000, seed: PROPERTY_SEED },
    );
  });
});

describe('terminalJson', () => {
  it('escapes DEL, C1 and bidi controls, which JSON.stringify writes raw, and reads back as the same value', () => {
    const value = { title: 'Team\x7f \x9b2J lead\x1b\u202e', line: 3 };
    assert.equal(terminalJson(value), '{\n  "title": "Team\\u007f \\u009b2J lead\\u001b\\u202e",\n  "line": 3\n}\n');
    fc.assert(
      fc.property(fc.jsonValue(), controlSoup, (json, text) => {
        const written = terminalJson({ json, text });
        assert.doesNotMatch(written.replaceAll('\n', ''), TERMINAL_CONTROL);
        assert.deepEqual(JSON.parse(written), JSON.parse(JSON.stringify({ json, text })));
      }),
      { numRuns: 1000, seed: PROPERTY_SEED },
    );
  });
});
