/**
 * What the sentence bundle gets for TensorFlow.js's multi-threaded WebAssembly build and its worker
 * script (scripts/offline-bundle.cjs): the encoder runs on one thread, and a thread it cannot start.
 */
export default function refuseThreads(): never {
  throw new Error('Career Plan starts no thread');
}

export const wasmWorkerContents = '';
