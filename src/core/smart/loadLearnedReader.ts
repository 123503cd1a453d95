import { learnedReaderOf, type LearnedReader } from './learnedReader';
import { LEARNED_READER_TABLE } from './learnedReaderTable';

let reader: LearnedReader | undefined;

/**
 * The learned reader, made from its table on first use. The table is large (60,000 words): the
 * extension loads this module from a file of its own once a first plan has its findings
 * (esbuild.js), and its web build goes without it; the CLI and the library load it with the lint.
 */
export function learnedReader(): LearnedReader {
  reader ??= learnedReaderOf(LEARNED_READER_TABLE);
  return reader;
}
