import * as fs from 'node:fs';
import type * as vscode from 'vscode';
import { judgeHead } from '../../core/format/detect';
import { workspaceFileSource, type FileSource } from '../services/fileSource';

/**
 * A file's head is 4 KB, most pages' frontmatter and then some; 4 KB more is read at a time only
 * while the frontmatter is still open (core/detect.ts says when the head is enough).
 */
const HEAD_BYTES = 4 * 1024;
/** Where a frontmatter ends (as core/detect.ts looks for it). */
const CLOSING_LINE = Buffer.from('\n---');

/**
 * The Node extension host's file reader: `file:` URIs through Node's file system, anything else
 * through `workspace.fs` (services/fileSource.ts says why). Only the desktop entry (extension.ts)
 * imports it, so the web bundle holds no `fs`. It only reads.
 *
 * A workspace scan reads thousands of heads, so each costs as little as it can (issue 23's bench,
 * `npm run bench`): the callback API, not promises (a file handle's promises cost twice the CPU);
 * the head's buffer taken from a few kept for reuse; and only the frontmatter decoded; the file closed at once, which for a file
 * opened for reading does no I/O, where an asynchronous close is one more trip to the thread pool.
 */
class NodeFileSource implements FileSource {
  /** Head buffers free for the next read: as many as reads run at once. */
  private readonly spare: Buffer[] = [];

  readText(uri: vscode.Uri): Promise<string> {
    return uri.scheme === 'file' ? readWhole(uri.fsPath) : workspaceFileSource.readText(uri);
  }

  readIfPlan(uri: vscode.Uri): Promise<string | undefined> {
    return uri.scheme === 'file' ? this.readHead(uri.fsPath) : workspaceFileSource.readIfPlan(uri);
  }

  private async readHead(file: string): Promise<string | undefined> {
    const fd = await new Promise<number>((resolve, reject) => fs.open(file, 'r', (error, opened) => (error ? reject(error) : resolve(opened))));
    let buffer = this.spare.pop() ?? Buffer.allocUnsafe(HEAD_BYTES);
    try {
      let length = 0;
      for (;;) {
        const wanted = buffer.length - length;
        const read = await new Promise<number>((resolve, reject) => fs.read(fd, buffer, length, wanted, length, (error, bytes) => (error ? reject(error) : resolve(bytes))));
        length += read;
        const complete = read < wanted;
        // Only the frontmatter is judged: what follows its closing line need not be decoded.
        const end = buffer.subarray(0, length).indexOf(CLOSING_LINE, 3);
        const verdict = judgeHead(decoder.decode(buffer.subarray(0, end === -1 ? length : end + CLOSING_LINE.length)), complete && end === -1);
        if (verdict === false) return undefined;
        if (verdict === true) return complete ? decoder.decode(buffer.subarray(0, length)) : await readWhole(file);
        const grown = Buffer.allocUnsafe(buffer.length + HEAD_BYTES);
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
    } finally {
      fs.closeSync(fd);
      if (buffer.length === HEAD_BYTES) this.spare.push(buffer);
    }
  }
}

/** Decodes as workspace.fs's reader does (a byte order mark is dropped); one decoder serves every call, as none streams. */
const decoder = new TextDecoder();

async function readWhole(file: string): Promise<string> {
  return decoder.decode(await new Promise<Buffer>((resolve, reject) => fs.readFile(file, (error, data) => (error ? reject(error) : resolve(data)))));
}

export const nodeFileSource: FileSource = new NodeFileSource();
