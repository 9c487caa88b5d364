export {
  acquireIngestLock,
  type IngestLock,
  type LockOptions,
} from '../graph/embedded/writerLock.js';
export { capExtraction, type ExtractionCaps } from './caps.js';
export type { ExtractInput, Extractor, ExtractorWorkerSpec, LanguageGuess } from './extractor.js';
export { EXTRACTOR_VERSION, knowledgeFingerprint } from './fingerprint.js';
export { loadKnowledge } from './knowledge.js';
export { DEFAULT_FILE_LIMITS, type FileLimits } from './limits.js';
export type { FailureStage, FileOutcome, FileStatus } from './outcome.js';
export {
  DEFAULT_BATCH_CHARS,
  DEFAULT_BATCH_SIZE,
  defaultWorkers,
  type IngestEvent,
  type IngestOptions,
  ingestPaths,
} from './pipeline.js';
export { DEFAULT_MAX_TEXT_CHARS, type PrepareOptions } from './prepare.js';
export * from './read/index.js';
export { type ReindexOptions, reindexDocuments } from './reindex.js';
export { createRuleExtractor } from './rule-extractor.js';
export { type IngestReport, type IngestTotals, nothingIngested, summarize } from './summary.js';
export {
  planSources,
  type RejectedPath,
  type SkippedFile,
  type SourceFile,
  type SourcePlan,
} from './walk.js';
