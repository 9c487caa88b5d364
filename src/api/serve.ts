import type { Config } from '../config.js';
import type { GraphStore } from '../graph/store.js';
import { createServer, type LineageServer, type ServerOptions } from './http/server.js';

/**
 * Serve the API until SIGINT/SIGTERM, then close the server (the caller closes the store).
 * Resolves once the server has stopped.
 */
export async function serve(config: Config, store: GraphStore, options: ServerOptions): Promise<void> {
  const server: LineageServer = createServer(config, store, options);
  const url = await server.listen();
  process.stderr.write(
    `Decision Lineage API on ${url}/graphql (explorer at ${url}/, health at ${url}/healthz)\n`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
}
