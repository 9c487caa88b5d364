/**
 * Embedded lineage latency alone (issue 14 item 4, G6's numerator): the embedded store over the generated
 * corpus, depth 3 / 6 / 10 upstream from the deepest planted chains, as in the g6 section but without Neo4j.
 * Ingests the corpus into <dataDir> first when that store is empty. Prints per depth the median over runs of
 * each run's p50 and p99, for `lineage` (node and edge data) and `lineageKeys` (the walk alone).
 *   npx tsx bench/generate/cli.ts --size 10k --out /tmp/corpus-10k
 *   npx tsx bench/embedded-lineage.ts /tmp/corpus-10k /tmp/lineage-10k [runs=5] [requests=50]
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { EmbeddedStore } from '../src/graph/embedded/index.js';
import type { LineageQuery } from '../src/graph/store.js';
import { createRuleExtractor, ingestPaths } from '../src/ingest/index.js';
import type { Manifest } from './generate/index.js';
import { measureLatency } from './harness/latency.js';
import { lineageStarts } from './harness/probes.js';
import { spread } from './harness/stats.js';

const [corpus, dataDir, runsArg, requestsArg] = process.argv.slice(2);
if (!corpus || !dataDir) {
  console.error('usage: embedded-lineage.ts <corpusDir> <dataDir> [runs=5] [requests=50]');
  process.exit(2);
}
const runs = Number(runsArg ?? 5);
const requests = Number(requestsArg ?? 50);
const manifest = JSON.parse(readFileSync(join(corpus, 'manifest.json'), 'utf8')) as Manifest;

const store = new EmbeddedStore(dataDir);
await store.init();
if (await store.isEmpty()) {
  const started = performance.now();
  await ingestPaths([join(corpus, 'docs')], { store, extractor: createRuleExtractor() });
  console.log(`ingested in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
const starts = await lineageStarts(store, manifest);
console.log(
  `load average at start ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}; ${starts.length} starts`,
);

for (const depth of [3, 6, 10]) {
  const query = (i: number): LineageQuery => ({
    id: starts[i % starts.length]!,
    direction: 'UPSTREAM',
    depth,
  });
  const largest = Math.max(
    ...(await Promise.all(starts.map((_, i) => store.lineage(query(i))))).map((r) => r.nodes.length),
  );
  for (const method of ['lineage', 'lineageKeys'] as const) {
    const p50: number[] = [];
    const p99: number[] = [];
    for (let r = 0; r < runs; r++) {
      const run = await measureLatency(requests, 1, (i) => store[method](query(i)));
      p50.push(run.p50);
      p99.push(run.p99);
    }
    const m = (xs: number[]) => spread(xs).median.toFixed(3);
    console.log(
      `depth ${depth} ${method}: p50 ${m(p50)} ms, p99 ${m(p99)} ms (largest answer ${largest} nodes)`,
    );
  }
}
// Cold: the first walk after the index is built (as after any write), rows not yet decoded; one fresh store
// per start, the index built by a lineageKeys call first so only the row reads and decoding are timed.
for (const depth of [3, 6, 10]) {
  const cold: number[] = [];
  for (const id of starts) {
    const fresh = new EmbeddedStore(dataDir, { readOnly: true });
    await fresh.init();
    const query: LineageQuery = { id, direction: 'UPSTREAM', depth };
    await fresh.lineageKeys(query);
    const started = performance.now();
    await fresh.lineage(query);
    cold.push(performance.now() - started);
    await fresh.close();
  }
  console.log(
    `depth ${depth} lineage, first call after a write: median ${spread(cold).median.toFixed(3)} ms`,
  );
}
console.log(
  `load average at end ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
await store.close();
