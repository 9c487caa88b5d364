import type { Command } from 'commander';
import { type ApiOptions, codeSpellings } from '../api/index.js';
import { type Config, loadConfig } from '../config.js';
import { type OpenOptions, openStore } from '../graph/open.js';
import type { GraphStore } from '../graph/store.js';
import { loadKnowledge } from '../ingest/index.js';

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
  /** Readers (stats, query, serve) open read-only; ingest and reindex with the writer lock. */
  options: OpenOptions = {},
): Promise<T> {
  const store = await openStore(config, options);
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

/** What the API is given by the CLI (the composition root): code spellings from the ingest knowledge. */
export function apiOptions(): ApiOptions {
  return { codeSpellings: codeSpellings(loadKnowledge()) };
}

/** Where the store lives, for messages. */
export function describeStore(config: Config): string {
  return config.store === 'embedded'
    ? `embedded (${config.dataDir})`
    : `neo4j (${config.neo4j.uri ?? 'no NEO4J_URI'})`;
}
