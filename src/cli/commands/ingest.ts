import { Command, Option } from 'commander';
import {
  createRuleExtractor,
  DEFAULT_BATCH_SIZE,
  DEFAULT_FILE_LIMITS,
  DEFAULT_MAX_FILE_BYTES,
  DEFAULT_MAX_TEXT_CHARS,
  nothingIngested,
} from '../../ingest/index.js';
import type { Language } from '../../model/index.js';
import { LANGUAGES as ONTOLOGY_LANGUAGES } from '../../ontology/generated.js';
import { configOf } from '../context.js';
import { formatIngestReport } from '../format-report.js';
import { createLogger } from '../logger.js';
import { nonNegativeInteger, nonNegativeNumber, positiveInteger, positiveNumber } from '../parse-option.js';
import { ingestInto, withWritableStore } from '../run-ingest.js';

export const LANGUAGES: readonly Language[] = ONTOLOGY_LANGUAGES;
export const DEFAULT_LOCK_TIMEOUT_SECONDS = 60;

interface IngestOptions {
  lang?: Language;
  json?: boolean;
  maxFileSize: number;
  maxTextSize: number;
  batchSize: number;
  lockTimeout: number;
  progress: boolean;
  workers?: number;
  fileTimeout: number;
  workerMemory: number;
  maxPdfPages: number;
  maxPdfInflated: number;
  maxEvidence: number;
  maxMentions: number;
}

const MB = 1024 * 1024;

export function ingestCommand(): Command {
  return new Command('ingest')
    .description('Read resolution texts (files or folders) and write their graph to the store')
    .argument('<paths...>', 'files or folders; .txt, .md, .html, .htm and .pdf files are read')
    .addOption(
      new Option('--lang <code>', 'language of the texts, instead of detecting it').choices(LANGUAGES),
    )
    .option('--json', 'print the report as JSON on stdout')
    .option(
      '--max-file-size <MB>',
      'refuse files larger than this many megabytes',
      positiveNumber,
      DEFAULT_MAX_FILE_BYTES / (1024 * 1024),
    )
    .option(
      '--max-text-size <M>',
      'refuse documents whose plain text exceeds this many million characters',
      positiveNumber,
      DEFAULT_MAX_TEXT_CHARS / (1024 * 1024),
    )
    .option(
      '--batch-size <n>',
      'documents written to the store per batch',
      positiveInteger,
      DEFAULT_BATCH_SIZE,
    )
    .option(
      '--lock-timeout <seconds>',
      'how long to wait for another ingest into the same embedded store',
      nonNegativeNumber,
      DEFAULT_LOCK_TIMEOUT_SECONDS,
    )
    .option(
      '--workers <n>',
      'extraction threads (default: 1, or up to 4 from 256 files on); 0 extracts in the main thread, without the time and memory budgets',
      nonNegativeInteger,
    )
    .option(
      '--file-timeout <seconds>',
      'fail a file whose reading and extraction take longer',
      positiveNumber,
      DEFAULT_FILE_LIMITS.fileTimeoutMs / 1000,
    )
    .option(
      '--worker-memory <MB>',
      'heap of each extraction thread: a file that needs more fails',
      positiveInteger,
      DEFAULT_FILE_LIMITS.workerHeapMb,
    )
    .option(
      '--max-pdf-pages <n>',
      'refuse PDFs with more pages',
      positiveInteger,
      DEFAULT_FILE_LIMITS.maxPdfPages,
    )
    .option(
      '--max-pdf-inflated <MB>',
      'refuse PDFs whose compressed streams inflate to more (images aside)',
      positiveNumber,
      DEFAULT_FILE_LIMITS.maxPdfInflatedBytes / MB,
    )
    .option(
      '--max-evidence <n>',
      'evidence kept per relation of one document (the rest is counted in a warning)',
      positiveInteger,
      DEFAULT_FILE_LIMITS.maxEvidencePerRelation,
    )
    .option(
      '--max-mentions <n>',
      'entity mentions kept per document (the rest is counted in a warning)',
      nonNegativeInteger,
      DEFAULT_FILE_LIMITS.maxMentionsPerDocument,
    )
    .option('--no-progress', 'no progress bar, even on a terminal')
    .addHelpText(
      'after',
      '\nExit status: 0 when at least one file is in the store afterwards (written or unchanged) or there was\n' +
        'nothing to read; 1 when no file could be ingested; 2 on a usage error.\n\n' +
        'Examples:\n  lineage ingest corpus/\n  lineage ingest --lang fr notes/resolution.pdf --json > report.json',
    )
    .action(async (paths: string[], options: IngestOptions, command: Command) => {
      const config = configOf(command);
      const logger = createLogger(config.logLevel);
      const extractor = createRuleExtractor();
      const report = await withWritableStore(config, options.lockTimeout * 1000, logger, (store) =>
        ingestInto(
          store,
          paths,
          extractor,
          {
            language: options.lang,
            maxFileBytes: Math.floor(options.maxFileSize * MB),
            maxTextChars: Math.floor(options.maxTextSize * MB),
            batchSize: options.batchSize,
            progress: options.progress && !options.json,
            workers: options.workers,
            limits: {
              fileTimeoutMs: Math.ceil(options.fileTimeout * 1000),
              workerHeapMb: options.workerMemory,
              maxPdfPages: options.maxPdfPages,
              maxPdfInflatedBytes: Math.floor(options.maxPdfInflated * MB),
              maxEvidencePerRelation: options.maxEvidence,
              maxMentionsPerDocument: options.maxMentions,
            },
          },
          logger,
        ),
      );
      process.stdout.write(
        options.json ? `${JSON.stringify(report, null, 2)}\n` : formatIngestReport(report),
      );
      if (nothingIngested(report)) process.exitCode = 1;
    });
}
