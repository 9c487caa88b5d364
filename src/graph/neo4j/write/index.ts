/** Writing batches of documents: the batched writer, the naive baseline, and the merge plan they share. */
export { applyBatch, type StatementRunner } from './applyBatch.js';
export { type AutoCommitRunner, applyNaive } from './applyNaive.js';
export type { BatchResult } from './plan.js';
