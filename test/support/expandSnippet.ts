/**
 * Expands a VS Code snippet body the way accepting it without typing would: every placeholder takes
 * its default, a choice its first option, a bare tab stop the value of the placeholder it mirrors,
 * a variable the value given (or its default). Enough of the snippet grammar for tests.
 */
export interface Expansion {
  readonly text: string;
  /** The tab stop numbers in the order they first appear. */
  readonly tabStops: readonly number[];
}

export function expandSnippet(body: string | readonly string[], variables: Readonly<Record<string, string>>): Expansion {
  const source = typeof body === 'string' ? body : body.join('\n');
  const defaults = new Map<number, string>();
  const order: number[] = [];
  let at = 0;

  const see = (n: number) => !order.includes(n) && order.push(n);

  /** Reads until one of `stops` at nesting level 0, expanding what it passes. */
  function sequence(stops: string): string {
    let out = '';
    while (at < source.length && !stops.includes(source[at])) {
      const c = source[at];
      if (c === '\\' && at + 1 < source.length && '$}\\,|'.includes(source[at + 1])) {
        out += source[at + 1];
        at += 2;
      } else if (c === '$') {
        out += dollar();
      } else {
        out += c;
        at++;
      }
    }
    return out;
  }

  function dollar(): string {
    at++; // $
    const simple = /^(\d+|[A-Za-z_][A-Za-z0-9_]*)/.exec(source.slice(at));
    if (simple) {
      at += simple[0].length;
      return resolve(simple[0], undefined);
    }
    if (source[at] !== '{') return '$';
    at++; // {
    const name = /^(\d+|[A-Za-z_][A-Za-z0-9_]*)/.exec(source.slice(at));
    if (!name) throw new Error(`unreadable snippet at ${at}: ${source.slice(at, at + 20)}`);
    at += name[0].length;
    if (/^\d+$/.test(name[0])) see(Number(name[0])); // before its default, which may hold other tab stops
    let fallback: string | undefined;
    if (source[at] === ':') {
      at++;
      fallback = sequence('}');
    } else if (source[at] === '|') {
      at++;
      const first = sequence(',|');
      while (source[at] !== '|') {
        at++;
        sequence(',|');
      }
      at++; // closing |
      fallback = first;
    }
    if (source[at] !== '}') throw new Error(`unclosed \${ in snippet at ${at}`);
    at++;
    return resolve(name[0], fallback);
  }

  function resolve(name: string, fallback: string | undefined): string {
    if (/^\d+$/.test(name)) {
      const n = Number(name);
      see(n);
      if (fallback !== undefined && !defaults.has(n)) defaults.set(n, fallback);
      return fallback ?? defaults.get(n) ?? '';
    }
    const value = variables[name] ?? fallback;
    if (value === undefined) throw new Error(`snippet variable ${name} has no value in the test`);
    return value;
  }

  const text = sequence('');
  return { text, tabStops: order };
}
