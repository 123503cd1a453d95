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
  /** Files opened, by absolute path: more than once means read again. */
  readonly opened: Map<string, number>;
  /** The most descriptors open at once since the last reset. */
  mostOpen(): number;
  reset(): void;
}

type Callback = (error: Error | null, ...results: unknown[]) => void;

/** The one counter of this process: fs's functions are replaced once, whoever asks. */
let installed: ReadCounter | undefined;

export function countReads(): ReadCounter {
  installed ??= install();
  return installed;
}

function install(): ReadCounter {
  const bytes = new Map<string, number>();
  const opened = new Map<string, number>();
  const fdPaths = new Map<number, string>();
  let mostOpen = 0;
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
  mutable.open = withCallback(open, (args, [fd]) => {
    fdPaths.set(fd as number, String(args[0]));
    opened.set(String(args[0]), (opened.get(String(args[0])) ?? 0) + 1);
    mostOpen = Math.max(mostOpen, fdPaths.size);
  });
  // A descriptor is forgotten when its closing starts: the number may be handed out again before the close's callback runs.
  const close = mutable.close;
  mutable.close = function (this: unknown, ...args: unknown[]) {
    fdPaths.delete(args[0] as number);
    return close.apply(this, args);
  };
  const closeSync = mutable.closeSync;
  mutable.closeSync = function (this: unknown, ...args: unknown[]) {
    fdPaths.delete(args[0] as number);
    return closeSync.apply(this, args);
  };
  const read = mutable.read;
  mutable.read = withCallback(read, (args, [bytesRead]) => add(fdPaths.get(args[0] as number), bytesRead as number));
  const readFile = mutable.readFile;
  mutable.readFile = withCallback(readFile, (args, [data]) => {
    add(String(args[0]), (data as { length: number }).length);
    opened.set(String(args[0]), (opened.get(String(args[0])) ?? 0) + 1);
  });

  const promisedReadFile = promises.readFile;
  promises.readFile = async function (...args: unknown[]) {
    const data = (await promisedReadFile.apply(this, args)) as { length: number };
    add(String(args[0]), data.length);
    opened.set(String(args[0]), (opened.get(String(args[0])) ?? 0) + 1);
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

  return {
    bytes,
    opened,
    mostOpen: () => mostOpen,
    reset: () => {
      bytes.clear();
      opened.clear();
      mostOpen = fdPaths.size;
    },
  };
}
