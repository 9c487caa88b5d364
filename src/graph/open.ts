import type { Config } from '../config.js';
import type { LockOptions } from './embedded/writerLock.js';
import type { GraphStore } from './store.js';

export interface OpenOptions {
  /** Readers: nothing is created or written, a missing store is refused. */
  readOnly?: boolean;
  /** Writers of a long run (ingest, reindex): the embedded store holds its data directory's writer lock
   * while open; Neo4j serialises writers in its own transactions and takes none. */
  writerLock?: LockOptions;
  /** A server (serve): Neo4j plans the common reads at start (src/graph/neo4j/warmUp.ts). */
  warmUp?: boolean;
}

/** Open the store the config selects. Adapters are imported lazily so the embedded default needs no driver. */
export async function openStore(config: Config, options: OpenOptions = {}): Promise<GraphStore> {
  if (config.store === 'neo4j') {
    const { Neo4jStore } = await import('./neo4j/index.js');
    const store: GraphStore = new Neo4jStore(config.neo4j, { warmUp: options.warmUp === true });
    await store.init();
    return store;
  }
  const { EmbeddedStore } = await import('./embedded/index.js');
  const store: GraphStore = new EmbeddedStore(config.dataDir, {
    readOnly: options.readOnly,
    writerLock: options.writerLock,
  });
  await store.init();
  return store;
}
