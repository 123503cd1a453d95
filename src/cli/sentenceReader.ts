import * as path from 'node:path';
import { loadLearnedReader } from '../core/smart/loadLearnedReader';
import type { LearnedReader } from '../core/smart/learnedReader';
import { loadSentenceVectors } from '../sentence/loadSentenceVectors';

/**
 * The learned reader for a run of the CLI, judging as the editor judges an open plan: with its
 * sentence stage, once the goals the run will judge are encoded. `judgeAll` lints every plan once
 * with the reader, so that it notes the goals it asks about; they are then encoded together. If the
 * encoder cannot load, the reader judges by words alone.
 */
export async function sentenceReader(judgeAll: (reader: LearnedReader) => void): Promise<LearnedReader> {
  const sentences = await loadSentenceVectors(path.dirname(__filename)).catch(() => undefined);
  const words = loadLearnedReader();
  if (!sentences) return words;
  const reader = words.withSentences(sentences.vectorOf);
  judgeAll(reader);
  await sentences.encodeWanted();
  return reader;
}
