import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';

const VIEW_TYPE = 'careerPlan.copyFormatted';
/** How long the page may take to load and write before the copy counts as failed. */
const WAIT_MS = 4000;

/**
 * Puts formatted text on the clipboard: VS Code's clipboard API writes plain text only, but a
 * webview page may write a ClipboardItem holding `text/html` (pasted into mail or a document as
 * formatted text) and `text/plain` (pasted anywhere else). A short-lived panel opens, with a
 * Content-Security-Policy that allows nothing but its own nonce-tagged script, writes both, reports
 * back and closes. The HTML reaches the page by message, never inside the page's own markup.
 * Resolves to whether the clipboard holds them; false when the browser refused (no focus, no
 * permission) or the page did not answer in time, and the caller then falls back to text.
 */
export async function copyFormatted(html: string, plain: string, title: string): Promise<boolean> {
  const panel = vscode.window.createWebviewPanel(VIEW_TYPE, title, { viewColumn: vscode.ViewColumn.Active, preserveFocus: false }, { enableScripts: true, localResourceRoots: [] });
  const nonce = randomBytes(16).toString('base64');
  panel.webview.html = page(nonce);
  try {
    return await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), WAIT_MS);
      const done = (copied: boolean) => {
        clearTimeout(timer);
        resolve(copied);
      };
      panel.onDidDispose(() => done(false));
      panel.webview.onDidReceiveMessage((message: { type?: string; copied?: boolean }) => {
        if (message?.type === 'ready') void panel.webview.postMessage({ type: 'copy', html, plain });
        else if (message?.type === 'result') done(message.copied === true);
      });
    });
  } finally {
    panel.dispose();
  }
}

function page(nonce: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'nonce-${nonce}';">
</head>
<body>
<p>Copying the summary…</p>
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>`;
}

/** The page's whole script: on the extension's message, write both forms to the clipboard and say whether it worked. */
const SCRIPT = `(() => {
  const vscode = acquireVsCodeApi();
  window.addEventListener('message', async (event) => {
    const data = event.data;
    if (!data || data.type !== 'copy' || typeof data.html !== 'string' || typeof data.plain !== 'string') return;
    // The browser writes to the clipboard only from a focused document: the editor focuses the new panel a moment after it loads.
    if (!document.hasFocus()) await new Promise((resolve) => { window.addEventListener('focus', resolve, { once: true }); setTimeout(resolve, 1500); });
    try {
      const item = new ClipboardItem({
        'text/html': new Blob([data.html], { type: 'text/html' }),
        'text/plain': new Blob([data.plain], { type: 'text/plain' }),
      });
      await navigator.clipboard.write([item]);
      vscode.postMessage({ type: 'result', copied: true });
    } catch (error) {
      vscode.postMessage({ type: 'result', copied: false, reason: String(error && error.name) });
    }
  });
  vscode.postMessage({ type: 'ready' });
})();`;
