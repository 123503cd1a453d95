import { encoderFilesFor } from './encoderFiles';
import { loadSentenceEncoder, type SentenceEncoder } from './sentenceEncoder';
import { SentenceVectors } from './sentenceVectors';

/** The encoders loaded in this process, by their model's folder: a process that lints again (a test, the library's caller) loads 28 MB once. */
const encoders = new Map<string, Promise<SentenceEncoder>>();

/**
 * The sentence vectors for code in `directory` (see encoderFiles.ts), each caller its own, over one
 * encoder a process. The extension loads this module from a file of its own (esbuild.js), as it
 * brings TensorFlow.js.
 */
export async function loadSentenceVectors(directory: string): Promise<SentenceVectors> {
  const files = encoderFilesFor(directory);
  let encoder = encoders.get(files.model);
  if (!encoder) {
    encoder = loadSentenceEncoder(files);
    encoders.set(files.model, encoder);
    // A failed load is tried again next time.
    encoder.catch(() => encoders.delete(files.model));
  }
  return new SentenceVectors(await encoder);
}
