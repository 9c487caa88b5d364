import { assertNever } from '../errors.js';
import type { FileOutcome } from './outcome.js';
import type { SkippedFile } from './walk.js';

export interface IngestTotals {
  files: number;
  written: number;
  unchanged: number;
  failed: number;
  /** Entities and relations of the written and unchanged documents (as extracted, before merging). */
  nodes: number;
  edges: number;
  warnings: number;
  skipped: number;
}

export interface IngestReport {
  /** One outcome per input file, in input order. */
  outcomes: FileOutcome[];
  /** Files found in folders and left out (unsupported type). */
  skipped: SkippedFile[];
  totals: IngestTotals;
}

export function summarize(outcomes: FileOutcome[], skipped: SkippedFile[]): IngestReport {
  const totals: IngestTotals = {
    files: outcomes.length,
    written: 0,
    unchanged: 0,
    failed: 0,
    nodes: 0,
    edges: 0,
    warnings: 0,
    skipped: skipped.length,
  };
  for (const outcome of outcomes) {
    switch (outcome.status) {
      case 'written':
      case 'unchanged':
        totals[outcome.status]++;
        totals.nodes += outcome.nodes;
        totals.edges += outcome.edges;
        totals.warnings += outcome.warnings.length;
        break;
      case 'failed':
        totals.failed++;
        break;
      default:
        assertNever(outcome);
    }
  }
  return { outcomes, skipped, totals };
}

/** The ingest failed as a whole: there was input and not one file is in the store. */
export function nothingIngested(report: IngestReport): boolean {
  return report.totals.files > 0 && report.totals.written + report.totals.unchanged === 0;
}
