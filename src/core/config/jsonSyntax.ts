/** A JSON syntax mistake: what is wrong, and the offset where it is. */
export interface JsonSyntaxError {
  readonly message: string;
  readonly offset: number;
}

/** Deeper than this, a configuration is not a configuration; reading on would only risk the stack. */
const MAX_DEPTH = 64;

const WHITESPACE = /[ \t\n\r]*/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const LITERAL = /true|false|null/y;
const ESCAPE = /^(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/;

/**
 * Checks that a text is one JSON value (RFC 8259) and says where it is not. JSON.parse's own
 * messages differ from one Node version to the next and some name no position, so the mistake
 * could not be located in the Problems panel or the CLI's one line; the grammar is small enough
 * to check here. Once this passes, JSON.parse reads the same text (and, with `uniqueNames`, loses
 * no value to a name written twice).
 */
export function checkJsonSyntax(text: string, { uniqueNames = false } = {}): JsonSyntaxError | undefined {
  let at = 0;
  const fail = (message: string, offset = at): JsonSyntaxError => ({ message, offset });
  const skip = () => {
    WHITESPACE.lastIndex = at;
    WHITESPACE.exec(text);
    at = WHITESPACE.lastIndex;
  };
  const match = (pattern: RegExp): boolean => {
    pattern.lastIndex = at;
    if (!pattern.test(text)) return false;
    at = pattern.lastIndex;
    return true;
  };
  const string = (what: string): JsonSyntaxError | undefined => {
    if (text[at] === '/') return fail('JSON allows no comments');
    if (text[at] === "'") return fail('strings and names are written in double quotes, not single ones');
    if (text[at] !== '"') return fail(`expected ${what} in double quotes`);
    if (match(STRING)) return undefined;
    // The pattern failed: walk the string to the character that broke it.
    for (let i = at + 1; i < text.length; i++) {
      if (text.charCodeAt(i) < 0x20) return fail('a string cannot hold a line break or a control character (write \\n or \\t)', i);
      if (text[i] !== '\\') continue;
      if (!ESCAPE.test(text.slice(i + 1, i + 6))) return fail('a backslash starts an escape that JSON does not know (\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX)', i);
      i += text[i + 1] === 'u' ? 5 : 1;
    }
    return fail('a string is not closed with "');
  };
  const value = (depth: number): JsonSyntaxError | undefined => {
    skip();
    if (depth > MAX_DEPTH) return fail(`nesting deeper than ${MAX_DEPTH} levels`);
    const char = text[at];
    if (char === undefined) return fail('the file ends where a value should be');
    if (char === '{') return object(depth);
    if (char === '[') return array(depth);
    if (char === '"') return string('a string');
    if (match(NUMBER) || match(LITERAL)) return undefined;
    if (char === '/') return fail('JSON allows no comments');
    if (char === "'") return fail('strings and names are written in double quotes, not single ones');
    return fail(`expected a value (a string, number, object, array, true, false or null), not \`${text.slice(at, at + 12).split(/[\s,]/)[0]}\``);
  };
  const object = (depth: number): JsonSyntaxError | undefined => {
    at++;
    skip();
    if (text[at] === '}') return void at++;
    // With `uniqueNames`, a name written twice is a mistake: JSON.parse would keep its last value without a word (RFC 8259 asks for unique names).
    const names = new Set<string>();
    // `comma` is where the comma before this entry is (-1 before the first), so a trailing one is pointed at.
    for (let comma = -1; ; comma = at++) {
      skip();
      const keyAt = at;
      const key = string('a property name');
      if (key) return text[at] === '}' && comma !== -1 ? fail('a comma is followed by no property (JSON allows no trailing comma)', comma) : key;
      if (uniqueNames) {
        const name = JSON.parse(text.slice(keyAt, at)) as string;
        if (names.has(name)) return fail(`the name ${JSON.stringify(name)} is written twice in one object: keep one`, keyAt);
        names.add(name);
      }
      skip();
      if (text[at] !== ':') return fail('expected a colon after the property name');
      at++;
      const error = value(depth + 1);
      if (error) return error;
      skip();
      if (text[at] === '}') return void at++;
      if (text[at] !== ',') return fail(text[at] === undefined ? 'the file ends inside an object: a } is missing' : 'expected a comma or } after the value');
    }
  };
  const array = (depth: number): JsonSyntaxError | undefined => {
    at++;
    skip();
    if (text[at] === ']') return void at++;
    // As in an object: where the comma before this item is.
    for (let comma = -1; ; comma = at++) {
      skip();
      if (text[at] === ']' && comma !== -1) return fail('a comma is followed by no value (JSON allows no trailing comma)', comma);
      const error = value(depth + 1);
      if (error) return error;
      skip();
      if (text[at] === ']') return void at++;
      if (text[at] !== ',') return fail(text[at] === undefined ? 'the file ends inside a list: a ] is missing' : 'expected a comma or ] after the value');
    }
  };
  const error = value(0);
  if (error) return error;
  skip();
  return at < text.length ? fail('more text follows the JSON value (comments are not allowed in JSON)') : undefined;
}
