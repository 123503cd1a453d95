/**
 * Plan text and file names reach a terminal through the CLI's text output, and a terminal acts on
 * control characters: ESC starts colour, title, hyperlink (OSC 8) and screen-clearing sequences,
 * C1 controls do the same in one character, BEL, backspace and a carriage return overwrite what was
 * printed. Bidirectional controls (the embeddings, overrides and isolates, LRM, RLM and ALM) do not
 * act, but a terminal that shapes text by them shows a quoted title reordered, and a reordered line
 * can read as something else (the "Trojan Source" trick). Every text the CLI quotes goes through
 * `terminalText`, which writes each of them as a visible `\x1b` or `\u202e` escape; tabs stay, being
 * harmless, and line breaks are shown too, so a quoted text can never start a line that looks like
 * the CLI's own.
 */
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g;
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const hex = (char: string) => char.charCodeAt(0).toString(16).padStart(2, '0');
const unicodeEscape = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

export function terminalText(text: string): string {
  return text.replace(CONTROL, (char) => `\\x${hex(char)}`).replace(BIDI_CONTROL, unicodeEscape);
}

/**
 * JSON for standard output. JSON.stringify escapes C0 controls but writes DEL, C1 and bidirectional
 * controls as they are; written as `\u` escapes they read back as the same values while no terminal
 * acts on them.
 */
const UNESCAPED_BY_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function terminalJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(UNESCAPED_BY_JSON, unicodeEscape)}\n`;
}
