import { assertNever } from '../errors.js';
import type { Extraction, ExtractionWarning, Language } from '../graph/model.js';
import type { GraphStore, WriteOutcome } from '../graph/store.js';
import type { Extractor } from './extractor.js';
import type { FailureStage, FileOutcome } from './outcome.js';
import { ReadError, readSource } from './read/index.js';
import { type IngestReport, summarize } from './summary.js';
import { planSources, type SkippedFile, type SourceFile } from './walk.js';

export const DEFAULT_BATCH_SIZE = 50;
/** Text (characters) held in memory before a batch is written, whatever its document count. */
export const DEFAULT_BATCH_CHARS = 8 * 1024 * 1024;
/**
 * Longest plain text handed to the extractor. Resolutions run to tens of kilobytes; extraction time and
 * memory grow with the text, so a runaway file is refused with a clear message instead of stalling the run.
 */
export const DEFAULT_MAX_TEXT_CHARS = 4 * 1024 * 1024;

export type IngestEvent =
  | { type: 'planned'; total: number; skipped: SkippedFile[] }
  | { type: 'file'; outcome: FileOutcome; done: number; total: number };

export interface IngestOptions {
  store: Pick<GraphStore, 'documentHashes' | 'writeDocuments'>;
  extractor: Extractor;
  /** Force the language instead of detecting it. */
  language?: Language;
  maxFileBytes?: number;
  /** Documents whose plain text is longer than this are refused before extraction. */
  maxTextChars?: number;
  batchSize?: number;
  batchChars?: number;
  onEvent?: (event: IngestEvent) => void;
}

interface Pending {
  index: number;
  file: SourceFile;
  sha256: string;
  language: Language;
  extraction: Extraction;
}

/**
 * Ingest files and folders: plan, then for each file read → detect language → extract, and write
 * documents to the store in batches, skipping those whose stored sha256 is unchanged. A failing file
 * becomes a 'failed' outcome and never stops the others.
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

  for (const [index, item] of plan.items.entries()) {
    if (item.type === 'rejected') {
      settle(index, failed(item.path, item.path, 'plan', item.reason, item.message));
      continue;
    }
    const prepared = await prepare(index, item, options);
    if ('status' in prepared) {
      settle(index, prepared);
      continue;
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
  return summarize(outcomes, plan.skipped);
}

async function prepare(
  index: number,
  file: SourceFile,
  options: IngestOptions,
): Promise<Pending | FileOutcome> {
  let source: Awaited<ReturnType<typeof readSource>>;
  try {
    source = await readSource(file.path, { maxBytes: options.maxFileBytes });
  } catch (error) {
    if (error instanceof ReadError)
      return failed(file.path, file.source, 'read', error.reason, error.message);
    return failed(file.path, file.source, 'read', 'unreadable', `${file.path}: ${messageOf(error)}`);
  }
  const maxTextChars = options.maxTextChars ?? DEFAULT_MAX_TEXT_CHARS;
  if (source.text.length > maxTextChars) {
    const detail = `the text is ${millions(source.text.length)} characters long, over the ${millions(maxTextChars)} limit for one document`;
    return failed(file.path, file.source, 'extract', 'too-large', `${file.path}: ${detail}`);
  }
  // The extractor is code we call, not code we trust: any exception it throws fails this file only.
  try {
    let language = options.language;
    if (language === undefined) {
      const guess = options.extractor.detectLanguage(source.text);
      if (guess.language === null) {
        const detail = `language not recognised as a supported one (fr, en, es; confidence ${guess.confidence.toFixed(2)}); use --lang to force one`;
        return failed(file.path, file.source, 'language', 'unsupported-language', `${file.path}: ${detail}`);
      }
      language = guess.language;
    }
    const extraction = options.extractor.extract({
      text: source.text,
      source: file.source,
      sha256: source.sha256,
      language,
    });
    return { index, file, sha256: source.sha256, language, extraction };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const reason = typeof code === 'string' ? code : 'extraction-error';
    return failed(file.path, file.source, 'extract', reason, `${file.path}: ${messageOf(error)}`);
  }
}

async function writeBatch(
  batch: Pending[],
  store: IngestOptions['store'],
): Promise<Array<[number, FileOutcome]>> {
  if (batch.length === 0) return [];
  try {
    const stored = await store.documentHashes(batch.map((p) => p.extraction.document.id));
    const fresh = batch.filter((p) => stored.get(p.extraction.document.id) !== p.sha256);
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

function failed(
  file: string,
  source: string,
  stage: FailureStage,
  reason: string,
  message: string,
): FileOutcome {
  return { status: 'failed', file, source, stage, reason, message };
}

function withWarning(extraction: Extraction, warning: ExtractionWarning): Extraction {
  return { ...extraction, warnings: [...extraction.warnings, warning] };
}

function millions(chars: number): string {
  return `${(chars / (1024 * 1024)).toFixed(1)} M`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
