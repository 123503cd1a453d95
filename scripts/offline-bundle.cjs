/**
 * esbuild options for every Node bundle (esbuild.js, and the security test that checks what ships):
 * the modules and globals with which shipped code could reach the network or start a thread are
 * replaced by ones that refuse (src/offline/). TensorFlow.js, which runs the sentence encoder,
 * names them for loading models over HTTP and for its multi-threaded backend; the encoder uses
 * neither, reading its files from disk on one thread.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS, as esbuild.js that requires it
const path = require('path');

const root = path.resolve(__dirname, '..');
const REFUSED = './src/offline/refusedModule.ts';

/** The WebAssembly backend's ES module build, whose threaded parts are files of their own, which this replaces. */
const refuseThreads = {
  name: 'refuse-threads',
  setup(build) {
    build.onResolve({ filter: /^@tensorflow\/tfjs-backend-wasm$/ }, () => ({ path: path.join(root, 'node_modules/@tensorflow/tfjs-backend-wasm/dist/index.js') }));
    build.onResolve({ filter: /tfjs-backend-wasm-threaded-simd(\.worker)?\.js$/ }, () => ({ path: path.join(root, 'src/offline/refusedThreads.ts') }));
  },
};

module.exports = {
  alias: Object.fromEntries(['node-fetch', 'http', 'https', 'worker_threads'].flatMap((name) => [[name, REFUSED], [`node:${name}`, REFUSED]])),
  inject: ['./src/offline/refuseNetwork.ts'],
  plugins: [refuseThreads],
};
