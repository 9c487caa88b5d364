/**
 * Child process for the memory section: ingest a folder into one store with the real pipeline, then print
 * one JSON line with the duration, the report totals and this process's peak RSS.
 * Usage: ingest.ts <docs> embedded <dataDir> | ingest.ts <docs> neo4j <boltUri>
 */
import { EmbeddedStore } from '../../src/graph/embedded/index.js';
import { Neo4jStore } from '../../src/graph/neo4j/index.js';
import type { GraphStore } from '../../src/graph/store.js';
import { createRuleExtractor, ingestPaths } from '../../src/ingest/index.js';

const [docs, kind, target] = process.argv.slice(2);
if (!docs || !target || (kind !== 'embedded' && kind !== 'neo4j')) {
  console.error('usage: ingest.ts <docs> embedded <dataDir> | ingest.ts <docs> neo4j <boltUri>');
  process.exit(2);
}
const store: GraphStore =
  kind === 'embedded'
    ? new EmbeddedStore(target)
    : new Neo4jStore({ uri: target, user: 'neo4j', password: '' });
await store.init();
const started = performance.now();
const report = await ingestPaths([docs], { store, extractor: createRuleExtractor() });
const seconds = (performance.now() - started) / 1000;
const stats = await store.stats();
await store.close();
console.log(
  JSON.stringify({
    seconds,
    totals: report.totals,
    nodes: stats.nodes,
    edges: stats.edges,
    maxRssKiB: process.resourceUsage().maxRSS,
  }),
);
