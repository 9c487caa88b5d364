import type { Browser, BrowserContext } from 'playwright-core';
import { afterEach, beforeEach } from 'vitest';
import { ExplorerPage } from './explorer-page.js';

/**
 * A fresh browser context and explorer page for every test of the file, with the browser console captured; a
 * failed test leaves a screenshot and prints what the browser said. Returns the current test's page.
 */
export function explorerPagePerTest(
  browser: () => Browser,
  viewport: { width: number; height: number },
): () => ExplorerPage {
  let context: BrowserContext;
  let explorer: ExplorerPage;
  let consoleLog: string[] = [];
  beforeEach(async () => {
    context = await browser().newContext({ viewport, acceptDownloads: true });
    const page = await context.newPage();
    consoleLog = [];
    page.on('console', (message) => consoleLog.push(`${message.type()}: ${message.text()}`));
    page.on('pageerror', (error) => consoleLog.push(`pageerror: ${error.message}`));
    explorer = new ExplorerPage(page);
  });
  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail') {
      await explorer.screenshot(`failed-${ctx.task.name.slice(0, 40).replace(/\W+/g, '-')}`);
      console.error(`Browser console for "${ctx.task.name}":\n${consoleLog.join('\n')}`);
    }
    await context.close();
  });
  return () => explorer;
}
