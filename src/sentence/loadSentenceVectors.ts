import { encoderFilesFor } from './encoderFiles';
import { loadSentenceEncoder } from './sentenceEncoder';
import { SentenceVectors } from './sentenceVectors';

/**
 * The sentence vectors for code in `directory` (see encoderFiles.ts). The extension loads this
 * module from a file of its own (esbuild.js), as it brings TensorFlow.js.
 */
export async function loadSentenceVectors(directory: string): Promise<SentenceVectors> {
  return new SentenceVectors(await loadSentenceEncoder(encoderFilesFor(directory)));
}
