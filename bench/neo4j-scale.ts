/**
 * A large generated corpus loaded into Neo4j through the store's batched writer, then lineage on it (issue 14):
 * `npx tsx bench/neo4j-scale.ts [SIZE] [PER_CALL]` (SIZE 100k by default, calls of 500 documents). Reads and
 * extracts the corpus in chunks, writing each chunk as it goes (memory stays flat), into a scratch Neo4j (the
 * local launcher, 4 GB heap, 2 GB page cache); prints the load time, rates, store size on disk, and the p50/p99
 * of upstream lineage at depth 3 / 6 / 10 from the planted deep chains (50 requests each after a warm-up).
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { Neo4jStore } from '../src/graph/neo4j/Neo4jStore.js';
import type { Extraction } from '../src/model/index.js';
import { parseArgs } from './harness/args.js';
import { BenchContext } from './harness/context.js';
import { measureLatency } from './harness/latency.js';
import { processCpuSeconds, startNeo4j } from './harness/neo4j.js';
import { lineageStarts } from './harness/probes.js';

async function main(): Promise<void> {
  const sizeLabel = process.argv[2] ?? '100k';
  const perCall = Number(process.argv[3] ?? 500);
  const ctx = new BenchContext(parseArgs(['--size', sizeLabel]));
  const corpus = await ctx.generated();
  const home = join('bench/work', `neo4j-scale-${sizeLabel}`);
  const server = await startNeo4j(home, '4g', '2g');
  try {
    const store = new Neo4jStore({ uri: server.uri, user: 'neo4j', password: '' }, { warmUp: false });
    await store.init();
    await store.clear();
    const cpuBefore = processCpuSeconds(server.pid);
    let written = 0;
    let writeMs = 0;
    const started = performance.now();
    let chunk: Extraction[] = [];
    const flush = async () => {
      const t = performance.now();
      const outcomes = await store.writeDocuments(chunk);
      writeMs += performance.now() - t;
      const failed = outcomes.find((o) => o.status === 'failed');
      if (failed) throw new Error(`write failed: ${JSON.stringify(failed)}`);
      written += chunk.length;
      chunk = [];
      if (written % 10_000 < perCall)
        process.stderr.write(
          `${written} documents, ${((performance.now() - started) / 1000).toFixed(0)} s (load ${loadavg()[0]!.toFixed(1)})\n`,
        );
    };
    for await (const item of ctx.extractEach(corpus)) {
      if ('failure' in item) throw new Error(`${item.failure.file}: ${item.failure.message}`);
      chunk.push(item.extraction);
      if (chunk.length >= perCall) await flush();
    }
    if (chunk.length) await flush();
    const totalS = (performance.now() - started) / 1000;
    const cpu = (processCpuSeconds(server.pid) ?? Number.NaN) - (cpuBefore ?? Number.NaN);
    const stats = await store.stats();
    const du = execFileSync('du', ['-sm', home]).toString().split('\t')[0];
    console.log(`${sizeLabel}: ${written} documents, ${stats.nodes} nodes, ${stats.edges} relationships`);
    console.log(
      `load ${totalS.toFixed(1)} s wall (read + extract + write), of which store writes ${(writeMs / 1000).toFixed(1)} s: ` +
        `${((stats.nodes * 1000) / writeMs).toFixed(0)} nodes/s, ${((stats.edges * 1000) / writeMs).toFixed(0)} rels/s of write time; Neo4j CPU ${cpu.toFixed(0)} s`,
    );
    console.log(`Neo4j home on disk: ${du} MiB`);
    const starts = await lineageStarts(store, corpus.manifest, 8);
    await store.warmUp();
    for (const depth of [3, 6, 10]) {
      const run = await measureLatency(50, 1, (i) =>
        store.lineage({ id: starts[i % starts.length]!, direction: 'UPSTREAM', depth }),
      );
      const sizes = await Promise.all(
        starts.map(
          async (id) => (await store.lineageKeys({ id, direction: 'UPSTREAM', depth })).nodes.length,
        ),
      );
      console.log(
        `lineage depth ${depth} upstream (${starts.length} starts, largest ${Math.max(...sizes)} nodes): p50 ${run.p50.toFixed(1)} ms, p99 ${run.p99.toFixed(1)} ms`,
      );
    }
    console.log(
      `load average at the end: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    await store.close();
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
