import { Command, Option } from 'commander';
import {
  createRuleExtractor,
  DEFAULT_BATCH_SIZE,
  DEFAULT_MAX_FILE_BYTES,
  DEFAULT_MAX_TEXT_CHARS,
  nothingIngested,
} from '../../ingest/index.js';
import type { Language } from '../../model/index.js';
import { LANGUAGES as ONTOLOGY_LANGUAGES } from '../../ontology/generated.js';
import { configOf } from '../context.js';
import { formatIngestReport } from '../format-report.js';
import { createLogger } from '../logger.js';
import { nonNegativeNumber, positiveInteger, positiveNumber } from '../parse-option.js';
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
}

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
            maxFileBytes: Math.floor(options.maxFileSize * 1024 * 1024),
            maxTextChars: Math.floor(options.maxTextSize * 1024 * 1024),
            batchSize: options.batchSize,
            progress: options.progress && !options.json,
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
