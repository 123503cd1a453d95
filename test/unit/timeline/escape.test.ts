import * as assert from 'node:assert/strict';
import { escapeXml } from '../../../src/core/timeline/escape';

describe('escapeXml', () => {
  it('escapes the five XML specials, ampersand first', () => {
    assert.equal(escapeXml(`<script>alert("x" & 'y')</script>`), '&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;');
    assert.equal(escapeXml('&amp;'), '&amp;amp;');
  });

  it('drops characters XML cannot carry and keeps the rest of Unicode', () => {
    assert.equal(escapeXml('a\u0000b\u0007c\u001Fd\uFFFEe'), 'abcde');
    assert.equal(escapeXml('tab\tline\nreturn\r'), 'tab\tline\nreturn\r');
    assert.equal(escapeXml('Führung 🚀 リーダー'), 'Führung 🚀 リーダー');
    assert.equal(escapeXml('lone \uD800 high, lone \uDC00 low'), 'lone  high, lone  low');
  });

  it('drops DEL and the C1 controls, which a terminal printing the picture could obey', () => {
    assert.equal(escapeXml('a\u007Fb\u009B2Jc\u009D0;title\u009Cd'), 'ab2Jc0;titled');
  });

  it('drops the bidirectional overrides, embeddings and isolates, which could reverse the dates after a title; keeps right-to-left text and marks', () => {
    assert.equal(escapeXml('Senior engineer \u202E, target 2027-03-31'), 'Senior engineer , target 2027-03-31');
    assert.equal(escapeXml('a\u202Ab\u202Bc\u202Cd\u202De\u2066f\u2067g\u2068h\u2069i'), 'abcdefghi');
    assert.equal(escapeXml('مهندس أول\u200F 2027'), 'مهندس أول\u200F 2027');
  });
});
