import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { type Config, loadConfig } from '../../config.js';
import {
  createRuleExtractor,
  DEFAULT_BATCH_SIZE,
  DEFAULT_MAX_FILE_BYTES,
  DEFAULT_MAX_TEXT_CHARS,
} from '../../ingest/index.js';
import { describeStore, type GlobalOptions } from '../context.js';
import { formatIngestReport } from '../format-report.js';
import { createLogger, type Logger } from '../logger.js';
import { positiveInteger } from '../parse-option.js';
import { ingestInto, withWritableStore } from '../run-ingest.js';
import { DEFAULT_LOCK_TIMEOUT_SECONDS } from './ingest.js';

/** The sample corpus shipped with the package (resolved from src/cli/commands or dist/cli/commands). */
export const SAMPLE_CORPUS = fileURLToPath(new URL('../../../corpus/', import.meta.url));

/** Serves the API once the store is ready: the serve command's `serveStore`, wired in main.ts. */
export type ServeHook = (config: Config, logger: Logger) => Promise<void>;

interface StartOptions {
  corpus: string;
  serve: boolean;
  port?: number;
  host?: string;
}

export function startCommand(serve?: ServeHook): Command {
  return new Command('start')
    .description('Ingest the sample corpus if the store is empty, then serve the API (what `npm start` runs)')
    .option('--corpus <dir>', 'folder ingested when the store is empty', SAMPLE_CORPUS)
    .option('--no-serve', 'stop after the ingest instead of serving')
    .option('--port <port>', 'HTTP port (default: LINEAGE_PORT or 4000)', positiveInteger)
    .option('--host <host>', 'HTTP host (default: LINEAGE_HOST or 127.0.0.1)')
    .action(async (options: StartOptions, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      const config = loadConfig({ ...globals, port: options.port, host: options.host });
      const logger = createLogger(config.logLevel);
      await withWritableStore(config, DEFAULT_LOCK_TIMEOUT_SECONDS * 1000, logger, async (store) => {
        if (!(await store.isEmpty())) {
          process.stdout.write(
            `Store ${describeStore(config)} already holds data; not ingesting ${options.corpus}\n`,
          );
          return;
        }
        process.stdout.write(`Store ${describeStore(config)} is empty; ingesting ${options.corpus}\n`);
        const settings = {
          maxFileBytes: DEFAULT_MAX_FILE_BYTES,
          maxTextChars: DEFAULT_MAX_TEXT_CHARS,
          batchSize: DEFAULT_BATCH_SIZE,
          progress: true,
        };
        const report = await ingestInto(store, [options.corpus], createRuleExtractor(), settings, logger);
        process.stdout.write(formatIngestReport(report));
      });
      if (!options.serve) return;
      if (!serve) {
        process.stdout.write(
          'No API server in this build: the store is ready for `lineage stats` and `lineage export`.\n',
        );
        return;
      }
      await serve(config, logger);
    });
}
