import { Command } from 'commander';
import { createRuleExtractor, DEFAULT_BATCH_SIZE, reindexDocuments } from '../../ingest/index.js';
import { configOf } from '../context.js';
import { formatIngestReport } from '../format-report.js';
import { createLogger } from '../logger.js';
import { nonNegativeNumber, positiveInteger } from '../parse-option.js';
import { createProgress } from '../progress.js';
import { withWritableStore } from '../run-ingest.js';
import { DEFAULT_LOCK_TIMEOUT_SECONDS } from './ingest.js';

interface ReindexCliOptions {
  json?: boolean;
  progress: boolean;
  batchSize: number;
  lockTimeout: number;
}

export function reindexCommand(): Command {
  return new Command('reindex')
    .description(
      'Extract every stored document again from its stored text with the current extraction knowledge',
    )
    .option('--json', 'print the report as JSON')
    .option('--no-progress', 'no progress bar')
    .option('--batch-size <n>', 'documents rewritten per batch', positiveInteger, DEFAULT_BATCH_SIZE)
    .option(
      '--lock-timeout <seconds>',
      'how long to wait for an ingest into the same embedded store',
      nonNegativeNumber,
      DEFAULT_LOCK_TIMEOUT_SECONDS,
    )
    .addHelpText(
      'after',
      '\nUse it after editing ingest/** (or upgrading): `lineage ingest` also re-extracts a file whose knowledge\n' +
        'changed, but only for files you give it; reindex needs no source files. A document that fails keeps\n' +
        'what it had; the report lists each failure. Exit status 1 when any document failed.\n\n' +
        'Examples:\n  lineage reindex\n  lineage reindex --json > reindex.json',
    )
    .action(async (options: ReindexCliOptions, command: Command) => {
      const config = configOf(command);
      const logger = createLogger(config.logLevel);
      const extractor = createRuleExtractor();
      const progress = createProgress(process.stderr, options.progress && !options.json);
      const report = await withWritableStore(config, options.lockTimeout * 1000, logger, (store) =>
        reindexDocuments({
          store,
          extractor,
          batchSize: options.batchSize,
          onEvent: (event) => {
            progress(event);
            if (event.type === 'file' && event.outcome.status === 'failed')
              logger.warn(
                { document: event.outcome.file, reason: event.outcome.reason },
                event.outcome.message,
              );
          },
        }),
      );
      logger.info(report.totals, 'reindex finished');
      process.stdout.write(
        options.json ? `${JSON.stringify(report, null, 2)}\n` : formatIngestReport(report),
      );
      if (report.totals.failed > 0) process.exitCode = 1;
    });
}
