import type { ExtractionWarning, Language } from '../model/index.js';

/** Where a file's ingest stopped. */
export type FailureStage = 'plan' | 'read' | 'language' | 'extract' | 'write';

interface Counts {
  /** Entities (nodes) the document yields. */
  nodes: number;
  /** Relations (edges) the document yields. */
  edges: number;
  warnings: ExtractionWarning[];
}

/** What happened to one input file. */
export type FileOutcome =
  | ({ status: 'written'; file: string; source: string; document: string; language: Language } & Counts)
  | ({ status: 'unchanged'; file: string; source: string; document: string; language: Language } & Counts)
  | { status: 'failed'; file: string; source: string; stage: FailureStage; reason: string; message: string };

export type FileStatus = FileOutcome['status'];
