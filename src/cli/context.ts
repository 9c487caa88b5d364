import type { Command } from 'commander';
import { type Config, loadConfig } from '../config.js';
import { openStore } from '../graph/open.js';
import type { GraphStore } from '../graph/store.js';

/** Options every command accepts (declared on the program, usable before or after the command name). */
export interface GlobalOptions {
  store?: 'embedded' | 'neo4j';
  dataDir?: string;
}

/** The configuration for a command: environment (via loadConfig) overridden by global options. */
export function configOf(command: Command): Config {
  const options = command.optsWithGlobals<GlobalOptions>();
  return loadConfig({ store: options.store, dataDir: options.dataDir });
}

/** Open the configured store for the duration of `run`, closing it whatever happens. */
export async function withStore<T>(
  config: Config,
  run: (store: GraphStore) => Promise<T>,
  /** Readers (stats, query, serve) open read-only: a missing store is refused, nothing is created. */
  options: { readOnly?: boolean; warmUp?: boolean } = {},
): Promise<T> {
  const store = await openStore(config, options);
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

/** Where the store lives, for messages. */
export function describeStore(config: Config): string {
  return config.store === 'embedded'
    ? `embedded (${config.dataDir})`
    : `neo4j (${config.neo4j.uri ?? 'no NEO4J_URI'})`;
}
