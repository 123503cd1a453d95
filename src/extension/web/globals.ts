// Node globals the extension's code and its libraries use, as the web extension bundle provides
// them (esbuild injects these where the code names the global). A web worker has neither.

/** No environment variables in a browser: CAREER_PLAN_TODAY is a test hook of the Node host. */
export const process = { env: {} as Record<string, string | undefined>, cwd: () => '/' };

/** Yields to the event loop, as Node's setImmediate does between batches of work. */
export function setImmediate(callback: () => void): ReturnType<typeof setTimeout> {
  return setTimeout(callback, 0);
}
