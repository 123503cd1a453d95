import * as assert from 'node:assert/strict';
import { escapeText, foldLine, icsTimestamp } from '../../../src/core/ics/text';

const octets = (line: string) => Buffer.byteLength(line, 'utf8');

describe('iCalendar text', () => {
  it('escapes backslash, semicolon, comma and line breaks, and drops control characters', () => {
    assert.equal(escapeText('a\\b;c,d\ne\r\nf\rg'), 'a\\\\b\\;c\\,d\\ne\\nf\\ng');
    assert.equal(escapeText('x\u0000y\u0007z\tw'), 'xyz\tw');
    assert.equal(escapeText('Senior engineer \u202E\u2066 lead'), 'Senior engineer  lead');
    assert.equal(escapeText('x\u007Fy\u009B2Jz\u0085w'), 'xy2Jzw');
    assert.equal(escapeText('colon: and "quotes" stay'), 'colon: and "quotes" stay');
  });

  it('folds lines longer than 75 octets, continuing after one space', () => {
    const line = `DESCRIPTION:${'abcdefghij'.repeat(20)}`;
    const folded = foldLine(line).split('\r\n');
    assert.ok(folded.length > 2);
    assert.ok(folded.every((physical) => octets(physical) <= 75));
    assert.ok(folded.slice(1).every((physical) => physical.startsWith(' ')));
    assert.equal(octets(folded[0]), 75);
    assert.equal(folded.map((physical, i) => (i === 0 ? physical : physical.slice(1))).join(''), line);
  });

  it('never splits a multi-byte character across lines', () => {
    const line = `SUMMARY:${'é🚀団'.repeat(30)}`;
    const folded = foldLine(line).split('\r\n');
    assert.ok(folded.every((physical) => octets(physical) <= 75 && !physical.includes('\uFFFD')));
    assert.ok(folded.every((physical) => Buffer.from(physical, 'utf8').toString('utf8') === physical));
    assert.equal(folded.map((physical, i) => (i === 0 ? physical : physical.slice(1))).join(''), line);
  });

  it('leaves short lines alone', () => {
    assert.equal(foldLine('VERSION:2.0'), 'VERSION:2.0');
    assert.equal(foldLine('X'.repeat(75)), 'X'.repeat(75));
  });

  it('writes a DTSTAMP in UTC', () => {
    assert.equal(icsTimestamp(new Date(Date.UTC(2026, 10, 24, 9, 5, 7, 123))), '20261124T090507Z');
  });
});
