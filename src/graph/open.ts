import type { Config } from '../config.js';
import type { GraphStore } from './store.js';

/** Open the store the config selects. Adapters are imported lazily so the embedded default needs no driver. */
export async function openStore(
  config: Config,
  /** warmUp: a server (serve) plans the common Neo4j reads at start (src/graph/neo4j/warmUp.ts). */
  options: { readOnly?: boolean; warmUp?: boolean } = {},
): Promise<GraphStore> {
  if (config.store === 'neo4j') {
    const { Neo4jStore } = await import('./neo4j/index.js');
    const store: GraphStore = new Neo4jStore(config.neo4j, { warmUp: options.warmUp === true });
    await store.init();
    return store;
  }
  const { EmbeddedStore } = await import('./embedded/index.js');
  const store: GraphStore = new EmbeddedStore(config.dataDir, { readOnly: options.readOnly });
  await store.init();
  return store;
}
