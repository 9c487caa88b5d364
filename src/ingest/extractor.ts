import type { Extraction, Language } from '../model/index.js';

/** What the pipeline hands the extractor for one document. */
export interface ExtractInput {
  text: string;
  source: string;
  sha256: string;
  language?: Language;
}

export interface LanguageGuess {
  language: Language | null;
  confidence: number;
}

/**
 * How a worker thread builds the same extractor: `(await import(module))[exportName](...args)`. Plain data,
 * since functions cannot cross threads.
 */
export interface ExtractorWorkerSpec {
  /** File URL of the module. */
  module: string;
  exportName: string;
  args: unknown[];
}

/**
 * The extraction stage as the pipeline sees it. The pipeline takes it as a parameter so it can run
 * with the rule-based extractor (createExtractor) or any other implementation in tests.
 */
export interface Extractor {
  detectLanguage(text: string): LanguageGuess;
  /** Throws (e.g. an ExtractionError with a code) when the text is not a resolution. */
  extract(input: ExtractInput): Extraction;
  /**
   * What the extraction depends on besides the text (knowledge and code version), stored with each document:
   * the pipeline skips a file before extracting it only when its bytes and this fingerprint are unchanged.
   * Without one, an unchanged file is still extracted and then found unchanged by its hash.
   */
  fingerprint?: string;
  /** Present when the extractor can also run in worker threads (the pipeline then reads and extracts there). */
  worker?: ExtractorWorkerSpec;
}
