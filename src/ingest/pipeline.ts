import { availableParallelism } from 'node:os';
import { assertNever } from '../errors.js';
import type { GraphStore, WriteOutcome } from '../graph/store.js';
import type { Extraction, ExtractionWarning } from '../model/index.js';
import type { Extractor } from './extractor.js';
import { failedOutcome as failed } from './failed.js';
import { DEFAULT_FILE_LIMITS, type FileLimits } from './limits.js';
import type { FileOutcome } from './outcome.js';
import { PreparePool } from './parallel/index.js';
import { type PreparedFile, type PrepareOptions, prepareFile } from './prepare.js';
import { findUnchanged } from './skip-unchanged.js';
import { type IngestReport, summarize } from './summary.js';
import { planSources, type SkippedFile, type SourceFile } from './walk.js';

export const DEFAULT_BATCH_SIZE = 100;
/** Text (characters) held in memory before a batch is written, whatever its document count. */
export const DEFAULT_BATCH_CHARS = 8 * 1024 * 1024;
/** Files read and extracted ahead of the one being consumed, when extracting in-process (overlaps file reads). */
const IN_PROCESS_LOOKAHEAD = 4;
/** Fewest files for which the pipeline starts worker threads by itself. */
const PARALLEL_MIN_FILES = 256;

/**
 * Worker threads that read and extract while the main thread writes: all cores but one (the writer's), at
 * most 4 (beyond that the single writer is the bottleneck), at least 1.
 */
export function defaultWorkers(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

export type IngestEvent =
  | { type: 'planned'; total: number; skipped: SkippedFile[] }
  | { type: 'file'; outcome: FileOutcome; done: number; total: number };

export interface IngestOptions
  extends PrepareOptions,
    Partial<Pick<FileLimits, 'fileTimeoutMs' | 'workerHeapMb'>> {
  /** `documentsByHash` (and `isEmpty`) let unchanged files be skipped before extraction. */
  store: Pick<GraphStore, 'documentHashes' | 'writeDocuments'> &
    Partial<Pick<GraphStore, 'documentsByHash' | 'isEmpty'>>;
  extractor: Extractor;
  /**
   * Worker threads for reading and extraction when the extractor can run in one (`extractor.worker`).
   * Default: defaultWorkers() from 256 files on, else 1, so that every file runs under the time and heap
   * budget (fileTimeoutMs, workerHeapMb). 0 extracts in-process, where those two budgets cannot be enforced
   * (the other limits still are). Results are consumed in input order either way.
   */
  workers?: number;
  batchSize?: number;
  batchChars?: number;
  onEvent?: (event: IngestEvent) => void;
}

interface Pending extends PreparedFile {
  index: number;
}

/**
 * Ingest files and folders: plan, skip the files whose bytes and knowledge fingerprint are unchanged (hashed
 * before anything is extracted), then for each other file read → detect language → extract, and write
 * documents to the store in batches. A failing file
 * becomes a 'failed' outcome and never stops the others. Reading and extraction run ahead of the writes
 * (in worker threads when the extractor allows it), but files are written and reported in input order.
 */
export async function ingestPaths(paths: readonly string[], options: IngestOptions): Promise<IngestReport> {
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const batchChars = options.batchChars ?? DEFAULT_BATCH_CHARS;
  const plan = await planSources(paths);
  const total = plan.items.length;
  const outcomes: FileOutcome[] = new Array(total);
  let done = 0;
  const settle = (index: number, outcome: FileOutcome): void => {
    outcomes[index] = outcome;
    done++;
    options.onEvent?.({ type: 'file', outcome, done, total });
  };
  options.onEvent?.({ type: 'planned', total, skipped: plan.skipped });

  let pending: Pending[] = [];
  let pendingChars = 0;
  const producedBy = new Map<string, string>();
  const flush = async (): Promise<void> => {
    const batch = pending;
    pending = [];
    pendingChars = 0;
    for (const [index, outcome] of await writeBatch(batch, options.store)) settle(index, outcome);
  };

  const fingerprint = options.extractor.fingerprint;
  const unchanged = await findUnchanged(plan.items, {
    store: options.store,
    fingerprint,
    language: options.language,
    maxFileBytes: options.maxFileBytes,
  });
  const files = plan.items.filter((item) => item.type === 'file').length - unchanged.size;
  // Plain data only: these travel to the worker threads.
  const prepareOptions: PrepareOptions = {
    language: options.language,
    maxFileBytes: options.maxFileBytes,
    maxTextChars: options.maxTextChars,
    maxPdfPages: options.maxPdfPages,
    maxPdfInflatedBytes: options.maxPdfInflatedBytes,
    maxEvidencePerRelation: options.maxEvidencePerRelation,
    maxMentionsPerDocument: options.maxMentionsPerDocument,
  };
  const preparer = await startPreparer(options, files);
  try {
    // Results are awaited in input order; up to `lookahead` files are being read and extracted meanwhile.
    // Files waiting in a worker's queue are only paths; finished ones hold their text, so no more are sent
    // while the finished-but-unwritten text exceeds batchChars (memory stays bounded as without workers).
    const ahead: Array<Promise<PreparedFile | FileOutcome>> = [];
    let finishedChars = 0;
    const charsOf = (r: PreparedFile | FileOutcome) =>
      'status' in r ? 0 : r.extraction.document.text.length;
    let next = 0;
    for (const [index, item] of plan.items.entries()) {
      while (
        next < total &&
        (ahead.length === 0 || (ahead.length < preparer.lookahead(batchSize) && finishedChars < batchChars))
      ) {
        const upcoming = plan.items[next++]!;
        const known = unchanged.get(next - 1);
        const result = known
          ? Promise.resolve(known)
          : upcoming.type === 'rejected'
            ? Promise.resolve(failed(upcoming.path, upcoming.path, 'plan', upcoming.reason, upcoming.message))
            : preparer.prepare(upcoming, prepareOptions);
        ahead.push(
          result.then((r) => {
            finishedChars += charsOf(r);
            return r;
          }),
        );
      }
      const ready = await ahead.shift()!;
      finishedChars -= charsOf(ready);
      if ('status' in ready) {
        if (ready.status === 'unchanged') producedBy.set(ready.document, item.path);
        settle(index, ready);
        continue;
      }
      const prepared: Pending = { ...ready, index };
      if (fingerprint !== undefined) {
        prepared.extraction = {
          ...prepared.extraction,
          document: { ...prepared.extraction.document, knowledge: fingerprint },
        };
      }
      const id = prepared.extraction.document.id;
      const earlier = producedBy.get(id);
      if (earlier !== undefined) {
        prepared.extraction = withWarning(prepared.extraction, {
          code: 'DUPLICATE_DOCUMENT',
          message: `${item.path}: ${id} was also produced by ${earlier}; this file replaces it`,
        });
        // Write the earlier file first so the later one deterministically wins.
        if (pending.some((p) => p.extraction.document.id === id)) await flush();
      }
      producedBy.set(id, item.path);
      pending.push(prepared);
      pendingChars += prepared.extraction.document.text.length;
      if (pending.length >= batchSize || pendingChars >= batchChars) await flush();
    }
    await flush();
  } finally {
    await preparer.close();
  }
  return summarize(outcomes, plan.skipped);
}

interface Preparer {
  prepare(file: SourceFile, options: PrepareOptions): Promise<PreparedFile | FileOutcome>;
  /** How many files to keep in preparation ahead of the writer. */
  lookahead(batchSize: number): number;
  close(): Promise<void>;
}

/**
 * Worker threads when the extractor allows them, else in-process. Left to the default, one worker below
 * PARALLEL_MIN_FILES files (a thread is what lets a runaway file be stopped; starting more costs about as
 * much as extracting a few hundred files), several from there on.
 */
async function startPreparer(options: IngestOptions, files: number): Promise<Preparer> {
  const auto = files >= PARALLEL_MIN_FILES ? defaultWorkers() : 1;
  const workers = Math.min(options.workers ?? auto, files);
  const spec = options.extractor.worker;
  const budget = {
    fileTimeoutMs: options.fileTimeoutMs ?? DEFAULT_FILE_LIMITS.fileTimeoutMs,
    heapMb: options.workerHeapMb ?? DEFAULT_FILE_LIMITS.workerHeapMb,
  };
  const pool = spec && workers > 0 ? await PreparePool.start(spec, workers, budget) : undefined;
  if (pool) {
    return {
      prepare: (file, prepareOptions) => pool.prepare(file, prepareOptions),
      // Enough to keep the workers busy while the main thread writes a whole batch.
      lookahead: (batchSize) => Math.min(2 * batchSize, 256),
      close: () => pool.close(),
    };
  }
  return {
    prepare: (file, prepareOptions) => prepareFile(file, options.extractor, prepareOptions),
    lookahead: () => IN_PROCESS_LOOKAHEAD,
    close: async () => {},
  };
}

async function writeBatch(
  batch: Pending[],
  store: IngestOptions['store'],
): Promise<Array<[number, FileOutcome]>> {
  if (batch.length === 0) return [];
  try {
    const stored = await store.documentHashes(batch.map((p) => p.extraction.document.id));
    // With a knowledge fingerprint the store compares it too (the same bytes may need a new extraction).
    const fresh = batch.filter(
      (p) =>
        p.extraction.document.knowledge !== undefined || stored.get(p.extraction.document.id) !== p.sha256,
    );
    const results = fresh.length > 0 ? await store.writeDocuments(fresh.map((p) => p.extraction)) : [];
    const byIndex = new Map(fresh.map((p, i) => [p.index, results[i]]));
    return batch.map((p) => {
      if (!byIndex.has(p.index)) return [p.index, succeeded('unchanged', p)];
      return [p.index, fromWriteOutcome(p, byIndex.get(p.index))];
    });
  } catch (error) {
    const message = messageOf(error);
    return batch.map((p) => [
      p.index,
      failed(p.file.path, p.file.source, 'write', 'store-error', `${p.file.path}: not stored (${message})`),
    ]);
  }
}

function fromWriteOutcome(p: Pending, result: WriteOutcome | undefined): FileOutcome {
  if (result === undefined) {
    return failed(
      p.file.path,
      p.file.source,
      'write',
      'store-error',
      `${p.file.path}: the store returned no outcome`,
    );
  }
  switch (result.status) {
    case 'written':
    case 'unchanged':
      return succeeded(result.status, p);
    case 'failed':
      return failed(
        p.file.path,
        p.file.source,
        'write',
        'store-error',
        `${p.file.path}: not stored (${result.error})`,
      );
    default:
      return assertNever(result);
  }
}

function succeeded(status: 'written' | 'unchanged', p: Pending): FileOutcome {
  const { extraction } = p;
  return {
    status,
    file: p.file.path,
    source: p.file.source,
    document: extraction.document.id,
    language: p.language,
    nodes: extraction.nodes.length,
    edges: extraction.edges.length,
    warnings: extraction.warnings,
  };
}

function withWarning(extraction: Extraction, warning: ExtractionWarning): Extraction {
  return { ...extraction, warnings: [...extraction.warnings, warning] };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
