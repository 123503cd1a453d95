/**
 * The low-level rules of an iCalendar file (RFC 5545 §3.1 and §3.3.11): TEXT values escape
 * backslash, semicolon, comma and line breaks; content lines end in CRLF and are folded so that no
 * line is longer than 75 octets of UTF-8, continuing on the next line after one space.
 */
const MAX_OCTETS = 75;
/**
 * Control characters a TEXT value may not hold (tab is allowed; line breaks are escaped before
 * this), and the bidirectional embeddings, overrides and isolates, with which a title could reorder
 * the rest of an event's line in a calendar.
 */
const CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(CONTROL, '');
}

/** Splits one content line into folded physical lines joined by CRLF, never inside a character. */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    if (octets + size > MAX_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n');
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** A whole content line, `NAME;PARAM=VALUE:value`, folded; the value must already be escaped if it is TEXT. */
export function contentLine(name: string, value: string, parameters = ''): string {
  return foldLine(`${name}${parameters}:${value}`);
}

/** `YYYYMMDD` for a DATE value. */
export function icsDate(date: string): string {
  return date.replace(/-/g, '');
}

/** A UTC DATE-TIME (`YYYYMMDDTHHMMSSZ`) for DTSTAMP, from an instant. */
export function icsTimestamp(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}
