/**
 * The one escaper for plan text written into SVG, HTML or XML, in element text and in quoted
 * attribute values alike. Characters XML 1.0 cannot carry at all (most C0 controls, lone
 * surrogates, U+FFFE/U+FFFF) are dropped, so a stray control character in a YAML string can never
 * make the picture unreadable; so are DEL and the C1 controls, which XML allows but a terminal the
 * CLI prints the picture to may obey; and so are the bidirectional embeddings, overrides and
 * isolates (U+202A-U+202E, U+2066-U+2069), with which a title could reverse the dates drawn after it
 * ("Senior engineer U+202E, target 2027-03-31" reads "13-30-7202").
 */
const SPECIAL: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/[&<>"']/g, (char) => SPECIAL[char]);
}
