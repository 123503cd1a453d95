/**
 * Counts what is read from disk, file by file, whichever of Node's reading functions the code under
 * test calls: fs.read on a descriptor from fs.open (or fs.promises' file handles), and fs.readFile or
 * fs.promises.readFile whole. The functions are replaced on Node's fs module itself, which bundled
 * code reaches through live bindings, so it counts the store's reads and the VS Code stand-in's alike.
 */
// The module object itself (a namespace import is a read-only copy of it).
import fs from 'node:fs';

export interface ReadCounter {
  /** Bytes read, by absolute path. */
  readonly bytes: Map<string, number>;
  reset(): void;
}

type Callback = (error: Error | null, ...results: unknown[]) => void;

export function countReads(): ReadCounter {
  const bytes = new Map<string, number>();
  const fdPaths = new Map<number, string>();
  const add = (file: string | undefined, count: number) => file !== undefined && bytes.set(file, (bytes.get(file) ?? 0) + count);
  const mutable = fs as unknown as Record<string, (...args: unknown[]) => unknown>;
  const promises = fs.promises as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;

  /** Calls `original` with its callback (the last argument) wrapped by `wrap`. */
  const withCallback = (original: (...args: unknown[]) => unknown, wrap: (args: unknown[], results: unknown[]) => void) =>
    function (this: unknown, ...args: unknown[]) {
      const callback = args.pop() as Callback;
      return original.call(this, ...args, (error: Error | null, ...results: unknown[]) => {
        if (!error) wrap(args, results);
        callback(error, ...results);
      });
    };

  const open = mutable.open;
  mutable.open = withCallback(open, (args, [fd]) => fdPaths.set(fd as number, String(args[0])));
  const close = mutable.close;
  mutable.close = withCallback(close, (args) => fdPaths.delete(args[0] as number));
  const read = mutable.read;
  mutable.read = withCallback(read, (args, [bytesRead]) => add(fdPaths.get(args[0] as number), bytesRead as number));
  const readFile = mutable.readFile;
  mutable.readFile = withCallback(readFile, (args, [data]) => add(String(args[0]), (data as { length: number }).length));

  const promisedReadFile = promises.readFile;
  promises.readFile = async function (...args: unknown[]) {
    const data = (await promisedReadFile.apply(this, args)) as { length: number };
    add(String(args[0]), data.length);
    return data;
  };
  const promisedOpen = promises.open;
  promises.open = async function (...args: unknown[]) {
    const handle = (await promisedOpen.apply(this, args)) as fs.promises.FileHandle;
    const handleRead = handle.read.bind(handle) as (...readArgs: unknown[]) => Promise<{ bytesRead: number }>;
    (handle as unknown as { read: typeof handleRead }).read = async (...readArgs: unknown[]) => {
      const result = await handleRead(...readArgs);
      add(String(args[0]), result.bytesRead);
      return result;
    };
    return handle;
  };

  return { bytes, reset: () => bytes.clear() };
}
