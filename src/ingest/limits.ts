/**
 * What one input file may cost the ingest. A file over any of these fails alone, with a reason naming the
 * limit; the other files are still ingested. Resolutions run to tens of kilobytes and a few dozen pages, so
 * every default leaves a wide margin over real texts (docs/cli.md gives the figures).
 */
export interface FileLimits {
  /** Wall-clock budget of reading and extracting one file in a worker thread, in milliseconds. */
  fileTimeoutMs: number;
  /** V8 heap (old generation) of one extraction worker thread, in megabytes. */
  workerHeapMb: number;
  /** PDFs with more pages are refused before any page is read. */
  maxPdfPages: number;
  /** PDFs whose compressed (Flate) streams, images aside, inflate to more bytes are refused before parsing. */
  maxPdfInflatedBytes: number;
  /** Evidence kept per relation of one document; the rest is counted in a warning. */
  maxEvidencePerRelation: number;
  /** Entity mentions kept per document; the rest is counted in a warning. */
  maxMentionsPerDocument: number;
}

export const DEFAULT_FILE_LIMITS: Readonly<FileLimits> = Object.freeze({
  fileTimeoutMs: 120_000,
  workerHeapMb: 1024,
  maxPdfPages: 1_000,
  maxPdfInflatedBytes: 64 * 1024 * 1024,
  maxEvidencePerRelation: 100,
  maxMentionsPerDocument: 10_000,
});
