/** Writing batches of documents: the batched writer and the merge plan it shares with any other writer
 * (the benchmark's one-statement-per-row baseline lives in bench/neo4j-naive/). */
export { applyBatch, type StatementRunner } from './applyBatch.js';
export { decodeDocumentState, decodeFacts, type FactRows, type StoredDocumentRow } from './facts.js';
export { type BatchResult, planBatch, scopeBatch } from './plan.js';
