import { Command, InvalidArgumentError } from 'commander';
import { serve } from '../../api/index.js';
import type { Config } from '../../config.js';
import { apiOptions, configOf, withStore } from '../context.js';
import type { Logger } from '../logger.js';

function port(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535) {
    throw new InvalidArgumentError('expected a port number between 0 and 65535');
  }
  return parsed;
}

/** Open the configured store and serve the API on it until interrupted (also the `start` command's hook). */
export async function serveStore(config: Config, _logger?: Logger): Promise<void> {
  await withStore(config, (store) => serve(config, store, apiOptions()), { readOnly: true, warmUp: true });
}

export function serveCommand(): Command {
  return new Command('serve')
    .description('Serve the GraphQL API at /graphql, health at /healthz and the explorer at /')
    .option('--port <port>', 'port to listen on (default: LINEAGE_PORT or 4000; 0 picks a free one)', port)
    .option('--host <host>', 'interface to listen on (default: LINEAGE_HOST or 127.0.0.1)')
    .action(async (options: { port?: number; host?: string }, command: Command) => {
      const base = configOf(command);
      await serveStore({ ...base, port: options.port ?? base.port, host: options.host ?? base.host });
    });
}
