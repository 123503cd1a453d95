// Runs the bundled suite in a code-server workbench: the page is opened in test mode and the
// workbench reports the suite's exit code through window.codeAutomationExit, as it does for
// VS Code's own web tests.
import * as fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { remoteUri, workbenchUrl, type Opened } from './browser';
import type { CodeServer } from './codeServer';
import { SUITE_INDEX } from './paths';

export async function suiteInWorkbench(browser: Browser, server: CodeServer, logFile: string, opened?: Opened): Promise<number> {
  // Clipboard permissions, as a person's browser gives them once asked: without them the workbench
  // keeps copied text in memory only, and a webview cannot write formatted text at all.
  const page = await browser.newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
  const log = fs.createWriteStream(logFile);
  // The extension host's console (mocha's report among it) reaches the page's console.
  page.on('console', (message) => log.write(`[${message.type()}] ${message.text()}\n`));
  let settle: (code: number) => void = () => {};
  const exitCode = new Promise<number>((resolve) => (settle = resolve));
  page.once('crash', () => settle(1));
  page.once('close', () => settle(1));
  await page.exposeFunction('codeAutomationExit', (code: number) => settle(code));
  await page.goto(workbenchUrl(server, { extensionTestsPath: remoteUri(server, SUITE_INDEX) }, opened));
  const code = await exitCode;
  await page.close();
  log.end();
  return code;
}
