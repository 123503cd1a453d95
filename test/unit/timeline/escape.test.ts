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
});
