import type { Config } from '../config.js';
import type { GraphStore } from '../graph/store.js';
import { type Extractor, type FileLimits, type IngestReport, ingestPaths } from '../ingest/index.js';
import type { Language } from '../model/index.js';
import { withStore } from './context.js';
import type { Logger } from './logger.js';
import { printable } from './printable.js';
import { createProgress } from './progress.js';

export interface IngestSettings {
  language?: Language;
  maxFileBytes: number;
  maxTextChars: number;
  batchSize: number;
  /** Show a progress bar (only on a terminal). */
  progress: boolean;
  /** Extraction threads (0: in the main thread); default chosen by the pipeline. */
  workers?: number;
  /** What one file may cost; defaults: DEFAULT_FILE_LIMITS. */
  limits?: Partial<FileLimits>;
}

/**
 * Open the store for writing (the store takes its writer lock: openStore), saying so when another writer
 * holds it, and run `work` with it.
 */
export async function withWritableStore<T>(
  config: Config,
  lockTimeoutMs: number,
  logger: Logger,
  work: (store: GraphStore) => Promise<T>,
): Promise<T> {
  return withStore(config, work, {
    writerLock: {
      waitMs: lockTimeoutMs,
      onWait: (holder) => {
        process.stderr.write(
          `Waiting for another ingest into ${printable(config.dataDir)} (${printable(holder)}) to finish…\n`,
        );
        logger.info({ dataDir: config.dataDir, holder }, 'waiting for the ingest lock');
      },
    },
  });
}

/** Ingest paths into an open store, with progress on a terminal and a log line per file. */
export async function ingestInto(
  store: GraphStore,
  paths: string[],
  extractor: Extractor,
  settings: IngestSettings,
  logger: Logger,
): Promise<IngestReport> {
  const progress = createProgress(process.stderr, settings.progress);
  const started = performance.now();
  const report = await ingestPaths(paths, {
    store,
    extractor,
    language: settings.language,
    maxFileBytes: settings.maxFileBytes,
    maxTextChars: settings.maxTextChars,
    batchSize: settings.batchSize,
    workers: settings.workers,
    ...settings.limits,
    onEvent: (event) => {
      progress(event);
      if (event.type !== 'file') return;
      const { outcome } = event;
      if (outcome.status === 'failed')
        logger.warn({ file: outcome.file, reason: outcome.reason }, outcome.message);
      else
        logger.debug({ file: outcome.file, status: outcome.status, document: outcome.document }, 'ingested');
    },
  });
  // Peak memory is logged so operators (and the bad-input tests) can check it stays bounded.
  const maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  logger.info({ ...report.totals, ms: Math.round(performance.now() - started), maxRssMb }, 'ingest finished');
  return report;
}
