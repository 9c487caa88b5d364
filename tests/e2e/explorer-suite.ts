import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { browserSkipReason, launchChromium } from './browser.js';
import { buildExplorer } from './build-explorer.js';
import { CORPUS_DIR, type RunningServer, startLineageServer } from './lineage-server.js';
import { wideCorpus } from './wide-corpus.js';

export const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));

export interface ExplorerSuite {
  /** Why the file's browser tests skip (one line), or null when they run. */
  skipReason: string | null;
  /** The sample corpus, ingested through the real pipeline. */
  sample(): RunningServer;
  /** The generated wide corpus (a 501-node walk, a 165-neighbour hub). */
  wide(): RunningServer;
  browser(): Browser;
}

/**
 * What an explorer browser test file sets up once: the explorer built into a temp dir, the API serving it
 * over the sample corpus and over the wide corpus, and Chromium. Without Chromium the file skips with one
 * line saying why (fails instead in CI or with REQUIRE_BROWSER=1).
 */
export function explorerSuite(): ExplorerSuite {
  const skipReason = browserSkipReason();
  if (skipReason) console.warn(skipReason);
  let buildDir: string | undefined;
  let sample: RunningServer | undefined;
  let wide: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (skipReason) return;
    await mkdir(ARTIFACTS, { recursive: true });
    buildDir = await mkdtemp(join(tmpdir(), 'lineage-explorer-'));
    await buildExplorer(buildDir);
    [sample, wide] = await Promise.all([
      startLineageServer({ corpus: CORPUS_DIR }, buildDir),
      startLineageServer({ extractions: wideCorpus() }, buildDir),
    ]);
    browser = await launchChromium();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await sample?.stop();
    await wide?.stop();
    if (buildDir) await rm(buildDir, { recursive: true, force: true });
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`The explorer suite has no ${what} (setup failed or skipped)`);
    return value;
  };
  return {
    skipReason,
    sample: () => ready(sample, 'sample server'),
    wide: () => ready(wide, 'wide server'),
    browser: () => ready(browser, 'browser'),
  };
}
