import * as vscode from 'vscode';
import { learnedReaderOf, type LearnedReader, type LearnedReaderTable } from '../../core/smart/learnedReader';
import type { SentenceVectors } from '../../sentence/sentenceVectors';
import { workspaceFileSource } from './fileSource';

/** Where the host the extension runs on gets the learned reader from; learnedReaderLoader.ts asks once. */
export type LearnedReaderSource = () => Promise<LearnedReader>;

/** Where the host gets the sentence encoder from (the Node host only: it runs TensorFlow.js from files beside the extension). */
export type SentenceSource = () => Promise<SentenceVectors>;

/** The table as data, beside the web build (esbuild.js writes it from src/core/smart/learnedReaderTable.ts). */
export const WEB_READER_TABLE = 'dist/web/reader-table.json';

/**
 * The web worker's source: a worker cannot load a second script, so the table is read as data
 * through `workspace.fs` from the extension's own folder and parsed as JSON (never evaluated).
 */
export function workspaceReaderSource(extensionUri: vscode.Uri): LearnedReaderSource {
  return async () => learnedReaderOf(JSON.parse(await workspaceFileSource.readText(vscode.Uri.joinPath(extensionUri, WEB_READER_TABLE))) as LearnedReaderTable);
}
