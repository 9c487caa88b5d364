import { isMainThread } from 'node:worker_threads';
import type { Extractor } from '../../src/ingest/extractor.js';
import { fakeExtractor } from './fake-extractor.js';

/** Marker of a file whose extraction kills the worker thread running it. */
export const KILLS_WORKER = 'KILL-THE-WORKER';

/** The fake extractor, also runnable in a worker, where a file containing KILLS_WORKER ends the thread. */
export function createKillingExtractor(): Extractor {
  return {
    detectLanguage: fakeExtractor.detectLanguage,
    extract(input) {
      if (input.text.includes(KILLS_WORKER)) {
        // In a worker, process.exit ends that thread only; never end the test process itself.
        if (isMainThread) throw new Error('would kill the worker');
        process.exit(3);
      }
      return fakeExtractor.extract(input);
    },
    worker: { module: import.meta.url, exportName: 'createKillingExtractor', args: [] },
  };
}

/** An extractor whose worker cannot be built: the pipeline must fall back to extracting in-process. */
export function createUnstartableExtractor(): Extractor {
  if (!isMainThread) throw new Error('no knowledge here');
  return {
    ...fakeExtractor,
    worker: { module: import.meta.url, exportName: 'createUnstartableExtractor', args: [] },
  };
}
