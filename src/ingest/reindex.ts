import type { GraphStore, WriteOutcome } from '../graph/store.js';
import type { DocumentRecord, Extraction } from '../model/index.js';
import { capExtraction } from './caps.js';
import type { Extractor } from './extractor.js';
import { failedOutcome as failed } from './failed.js';
import { DEFAULT_FILE_LIMITS } from './limits.js';
import type { FileOutcome } from './outcome.js';
import { DEFAULT_BATCH_SIZE, type IngestEvent } from './pipeline.js';
import { type IngestReport, summarize } from './summary.js';

export interface ReindexOptions {
  store: Pick<GraphStore, 'documentIds' | 'getDocuments' | 'writeDocuments' | 'removeDocument'>;
  extractor: Extractor;
  batchSize?: number;
  onEvent?: (event: IngestEvent) => void;
}

/**
 * Extract every stored document again from its stored text (the text all its offsets index) with the current
 * knowledge, and replace its facts. A document that fails to extract or write keeps what it had: each
 * document is replaced in one store transaction, and only after its new extraction succeeded. A document
 * whose id changes (e.g. its code is now read) is written under the new id, then the old one is removed.
 */
export async function reindexDocuments(options: ReindexOptions): Promise<IngestReport> {
  const { store, extractor } = options;
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const ids = await store.documentIds();
  const total = ids.length;
  const outcomes: FileOutcome[] = [];
  options.onEvent?.({ type: 'planned', total, skipped: [] });
  const settle = (outcome: FileOutcome) => {
    outcomes.push(outcome);
    options.onEvent?.({ type: 'file', outcome, done: outcomes.length, total });
  };
  const written = new Set<string>();
  for (let start = 0; start < total; start += batchSize) {
    const chunk = ids.slice(start, start + batchSize);
    const records = await store.getDocuments(chunk);
    const ready: Array<{ old: DocumentRecord; extraction: Extraction }> = [];
    const outcomeAt = new Map<string, FileOutcome>();
    for (const [i, record] of records.entries()) {
      const id = chunk[i]!;
      if (record === null) {
        outcomeAt.set(id, failed(id, id, 'read', 'not-found', `${id}: removed while reindexing`));
        continue;
      }
      const result = reextract(record, extractor);
      if ('status' in result) outcomeAt.set(id, result);
      else if (
        written.has(result.document.id) ||
        ready.some((r) => r.extraction.document.id === result.document.id)
      ) {
        const message = `${id}: now extracts as ${result.document.id}, which another stored document also becomes; kept as it was`;
        outcomeAt.set(id, failed(id, record.source, 'extract', 'duplicate-document', message));
      } else ready.push({ old: record, extraction: result });
    }
    let results: WriteOutcome[] = [];
    try {
      results = ready.length > 0 ? await store.writeDocuments(ready.map((r) => r.extraction)) : [];
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      results = ready.map((r) => ({ status: 'failed', document: r.extraction.document.id, error: message }));
    }
    for (const [i, { old, extraction }] of ready.entries()) {
      const result = results[i];
      const newId = extraction.document.id;
      written.add(newId);
      if (result === undefined || result.status === 'failed') {
        const reason = result?.status === 'failed' ? result.error : 'the store returned no outcome';
        outcomeAt.set(
          old.id,
          failed(
            old.id,
            old.source,
            'write',
            'store-error',
            `${old.id}: not rewritten (${reason}); kept as it was`,
          ),
        );
        continue;
      }
      const warnings = [...extraction.warnings];
      if (newId !== old.id) {
        await store.removeDocument(old.id);
        warnings.push({ code: 'DOCUMENT_RENAMED', message: `${old.id} is now ${newId}` });
      }
      outcomeAt.set(old.id, {
        status: result.status,
        file: old.id,
        source: old.source,
        document: newId,
        language: extraction.document.language,
        nodes: extraction.nodes.length,
        edges: extraction.edges.length,
        warnings,
      });
    }
    for (const id of chunk) settle(outcomeAt.get(id)!);
  }
  return summarize(outcomes, []);
}

function reextract(record: DocumentRecord, extractor: Extractor): Extraction | FileOutcome {
  try {
    // The same caps as at ingest, so a reindex never stores more than the ingest did.
    const extraction = capExtraction(
      extractor.extract({
        text: record.text,
        source: record.source,
        sha256: record.sha256,
        language: record.language,
      }),
      DEFAULT_FILE_LIMITS,
    );
    if (extractor.fingerprint === undefined) return extraction;
    return { ...extraction, document: { ...extraction.document, knowledge: extractor.fingerprint } };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const reason = typeof code === 'string' ? code : 'extraction-error';
    const message = error instanceof Error ? error.message : String(error);
    return failed(record.id, record.source, 'extract', reason, `${record.id}: ${message}; kept as it was`);
  }
}
