/**
 * What shipped code gets for a module that reaches the network or starts threads (esbuild.js
 * `alias`: node-fetch, http, https, worker_threads). TensorFlow.js names them for loading models
 * over HTTP and for its multi-threaded backend, neither of which the sentence encoder uses; any use
 * throws.
 */
const refuse = (): never => {
  throw new Error('Career Plan makes no network request and starts no thread');
};

export default refuse;
export { refuse as Worker, refuse as request, refuse as get };
