import { learnedReaderOf, type LearnedReader } from './learnedReader';
import { LEARNED_READER_TABLE } from './learnedReaderTable';

/**
 * The learned reader, made from its table: the caller keeps it (making it reads 60,000 words). The
 * table is large: the extension loads this module from a file of its own once a first plan has its
 * findings (esbuild.js), its web build reads the same table as data (esbuild.js writes
 * dist/web/reader-table.json); the CLI and the library load it with the lint.
 */
export function loadLearnedReader(): LearnedReader {
  return learnedReaderOf(LEARNED_READER_TABLE);
}
