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

/** Marker of a file whose extraction never ends. */
export const SPINS_FOREVER = 'SPIN-FOREVER';
/** Marker of a file whose extraction keeps allocating memory. */
export const EATS_MEMORY = 'EAT-MEMORY';

/**
 * The fake extractor, runnable in a worker, where a file containing SPINS_FOREVER loops forever and one
 * containing EATS_MEMORY fills the heap: what a pathological input does to a real extractor.
 */
export function createRunawayExtractor(): Extractor {
  return {
    detectLanguage: fakeExtractor.detectLanguage,
    extract(input) {
      if (isMainThread && (input.text.includes(SPINS_FOREVER) || input.text.includes(EATS_MEMORY)))
        throw new Error('would hang the test process');
      if (input.text.includes(SPINS_FOREVER)) for (;;);
      if (input.text.includes(EATS_MEMORY)) {
        const hoard: number[][] = [];
        // 8 MB a step, so the heap fills in a few steps rather than after minutes of collection.
        for (let i = 0; ; i++) hoard.push(new Array(1_000_000).fill(i));
      }
      return fakeExtractor.extract(input);
    },
    worker: { module: import.meta.url, exportName: 'createRunawayExtractor', args: [] },
  };
}
