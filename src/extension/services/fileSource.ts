import * as vscode from 'vscode';
import { judgeHead } from '../../core/format/detect';

/**
 * How the plan store reads files on disk. The web extension, and any scheme but `file:`, read
 * through `vscode.workspace.fs`, which has no partial read: a file is read whole and judged whole.
 * The Node extension host reads `file:` URIs with Node's file system instead, a head at a time
 * (node/nodeFileSource.ts): `workspace.fs` asks the workbench for every file, a round trip that in
 * code-server goes through the browser tab (issue 23 measured 3.7 ms a file).
 */
export interface FileSource {
  /** The file's whole text. Rejects when it cannot be read. */
  readText(uri: vscode.Uri): Promise<string>;
  /**
   * The file's whole text when it looks like a plan (core/detect.ts), undefined when it does not,
   * reading no more of it than that answer takes. Rejects when it cannot be read.
   */
  readIfPlan(uri: vscode.Uri): Promise<string | undefined>;
}

export const workspaceFileSource: FileSource = {
  readText: async (uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)),
  async readIfPlan(uri) {
    const text = await this.readText(uri);
    return judgeHead(text, true) ? text : undefined;
  },
};
