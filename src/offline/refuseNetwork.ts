/**
 * Injected into every bundle (esbuild.js `inject`): wherever shipped code (TensorFlow.js's loaders,
 * above all) names the global `fetch` or `XMLHttpRequest`, it gets these instead, which refuse. The
 * product makes no network request (README: everything stays on your machine); this makes that true
 * of its dependencies too.
 */
function refuseFetch(): never {
  throw new Error('Career Plan makes no network request');
}

class RefusedRequest {
  constructor() {
    refuseFetch();
  }
}

export { refuseFetch as fetch, RefusedRequest as XMLHttpRequest };
