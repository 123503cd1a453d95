/**
 * Lets the event loop turn. A file system that answers at once resolves in a microtask, and a loop
 * awaiting it alone would never let the extension host do anything else.
 */
export const nextTurn = (): Promise<void> => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs `work` on every item, at most `inFlight` at a time, with a turn of the event loop after each,
 * until the items run out or `work` answers false (asked to stop).
 */
export async function inPool<T>(items: readonly T[], inFlight: number, work: (item: T) => Promise<boolean>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      if (!(await work(items[next++]))) return;
      await nextTurn();
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, items.length) }, worker));
}
