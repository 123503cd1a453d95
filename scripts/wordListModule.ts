import { writeFileSync } from 'node:fs';
import * as path from 'node:path';

/**
 * The text of a generated TypeScript module that exports a set of words, twelve to a line: the shape
 * every word-list generator writes (scripts/wordnet-verbs.ts, scripts/glove-general-words.ts).
 * `comment` holds the lines of its doc comment; `legal`, those of a licence the bundles must keep.
 */
export function wordListModule(name: string, comment: readonly string[], words: readonly string[], legal?: readonly string[]): string {
  const block = (opening: string, lines: readonly string[]) => `${opening}\n${lines.map((line) => ` * ${line}`.trimEnd()).join('\n')}\n */\n`;
  const rows: string[] = [];
  for (let i = 0; i < words.length; i += 12) rows.push(`  ${words.slice(i, i + 12).join(' ')}`);
  return `${legal ? block('/*!', legal) : ''}${block('/**', comment)}export const ${name}: ReadonlySet<string> = new Set(
  \`
${rows.join('\n')}
\`
    .trim()
    .split(/\\s+/),
);
`;
}

/** A generated word list: its export's name, its file in src/core/smart, its doc comment, its words and any licence. */
export interface WordList {
  readonly name: string;
  readonly file: string;
  readonly comment: readonly string[];
  readonly words: readonly string[];
  readonly legal?: readonly string[];
}

/** Writes a generated word list's module into src/core/smart and says how many words it holds. */
export function writeWordList(list: WordList): void {
  writeFileSync(path.join(__dirname, '..', 'src', 'core', 'smart', list.file), wordListModule(list.name, list.comment, list.words, list.legal));
  process.stdout.write(`${list.file}: ${list.words.length} words\n`);
}
