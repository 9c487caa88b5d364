import { assertNever } from '../errors.js';
import type { FileOutcome, IngestReport, SkippedFile } from '../ingest/index.js';
import { printable } from './printable.js';

const SKIP_REASONS: Record<SkippedFile['reason'], string> = {
  'unsupported-format': 'unsupported file type',
  'folder-documentation': "the folder's documentation, not a document",
};

/** Warnings listed per file in the human summary; --json has them all. */
const WARNINGS_SHOWN = 3;

/**
 * The human-readable ingest summary: one line per file, then totals. File names and messages come from the
 * input, so their control characters are escaped (--json keeps them exact, JSON-escaped).
 */
export function formatIngestReport(report: IngestReport): string {
  const width = Math.min(48, Math.max(4, ...report.outcomes.map((o) => printable(o.source).length)));
  const lines: string[] = [];
  for (const outcome of report.outcomes) lines.push(...formatOutcome(outcome, width));
  for (const skipped of report.skipped)
    lines.push(`${'skipped'.padEnd(10)}${printable(skipped.path)} (${SKIP_REASONS[skipped.reason]})`);
  const t = report.totals;
  if (lines.length > 0) lines.push('');
  lines.push(
    `${plural(t.files, 'file')}: ${t.written} written, ${t.unchanged} unchanged, ${t.failed} failed` +
      (t.skipped > 0 ? `; ${t.skipped} skipped` : '') +
      `. ${plural(t.nodes, 'entity', 'entities')}, ${plural(t.edges, 'relation')}, ${plural(t.warnings, 'warning')}.`,
  );
  return `${lines.join('\n')}\n`;
}

function formatOutcome(outcome: FileOutcome, width: number): string[] {
  const head = `${outcome.status.padEnd(10)}${printable(outcome.source).padEnd(width)}  `;
  switch (outcome.status) {
    case 'written':
    case 'unchanged': {
      const counts = `${plural(outcome.nodes, 'entity', 'entities')}, ${plural(outcome.edges, 'relation')}, ${plural(outcome.warnings.length, 'warning')}`;
      const lines = [`${head}${printable(outcome.document)} [${outcome.language}]  ${counts}`];
      for (const warning of outcome.warnings.slice(0, WARNINGS_SHOWN)) {
        lines.push(`${' '.repeat(12)}warning ${warning.code}: ${printable(warning.message)}`);
      }
      const hidden = outcome.warnings.length - WARNINGS_SHOWN;
      if (hidden > 0) lines.push(`${' '.repeat(12)}… and ${hidden} more (see --json)`);
      return lines;
    }
    case 'failed':
      return [`${head}${printable(outcome.message)}`];
    default:
      return assertNever(outcome);
  }
}

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
