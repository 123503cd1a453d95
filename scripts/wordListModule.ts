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
