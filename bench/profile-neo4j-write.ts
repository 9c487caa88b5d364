/**
 * Where the batched Neo4j writer's time goes: `npx tsx bench/profile-neo4j-write.ts [DOCS] [PER_CALL]` extracts
 * the first DOCS (default 1000) documents of the generated 10k corpus, starts a scratch Neo4j, writes them in
 * one transaction per PER_CALL documents (default 50, the pipeline's calls), and prints per statement of a batch (lock documents, lock and read facts, write)
 * the server round-trip time, the merge plan in TypeScript, the commit, and the parameter size sent (the
 * write statement's per kind of row).
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { validateExtraction } from '../src/graph/lineage/index.js';
import { CypherExecutor } from '../src/graph/neo4j/index.js';
import { Neo4jStore } from '../src/graph/neo4j/Neo4jStore.js';
import { applyBatch } from '../src/graph/neo4j/write/index.js';
import type { Extraction } from '../src/model/index.js';
import { loadOntology } from '../src/ontology/index.js';
import { parseArgs } from './harness/args.js';
import { BenchContext } from './harness/context.js';
import { processCpuSeconds, startNeo4j } from './harness/neo4j.js';

async function main(): Promise<void> {
  const docs = Number(process.argv[2] ?? 1000);
  const perCall = Number(process.argv[3] ?? 50);
  const ctx = new BenchContext(parseArgs(['--size', '10k']));
  const corpus = await ctx.corpusOfSize(10_000, '10k');
  const extractions: Extraction[] = [];
  for await (const item of ctx.extractEach(corpus)) {
    if (extractions.length >= docs) break;
    if ('extraction' in item) extractions.push(item.extraction);
  }
  const server = await startNeo4j(join('bench/work', 'profile-neo4j'), '1g', '512m');
  try {
    const ontology = loadOntology();
    const store = new Neo4jStore({ uri: server.uri, user: 'neo4j', password: '' }, { warmUp: false });
    await store.init();
    await store.writeDocuments(extractions.slice(0, 20)); // warm-up: plans and JIT
    await store.clear();
    await store.close();
    const executor = new CypherExecutor({ uri: server.uri, user: 'neo4j', password: '' });
    const names = ['lockDocumentStates', 'lockAndReadFacts', 'writeBatch'];
    const serverMs = [0, 0, 0];
    const bytes = [0, 0, 0];
    /** Bytes of the write statement's parameters per kind of row (`$batch.<key>`). */
    const writeBytes = new Map<string, number>();
    let totalMs = 0;
    let workMs = 0;
    // CPU time is what a saturated shared machine does not distort much: wall time there measures the queue.
    const serverCpuBefore = processCpuSeconds(server.pid);
    const clientCpuBefore = process.cpuUsage();
    for (let i = 0; i < extractions.length; i += perCall) {
      const prepared = extractions.slice(i, i + perCall).map((e) => {
        const checked = validateExtraction(e, ontology);
        if (!checked.ok) throw new Error(checked.problems.join('; '));
        return checked.value;
      });
      const started = performance.now();
      await executor.transaction('WRITE', async (tx) => {
        let n = 0;
        const workStarted = performance.now();
        const result = await applyBatch(
          {
            run: async (query) => {
              const k = n++;
              bytes[k]! += JSON.stringify(query.params).length;
              if (k === 2)
                for (const [key, rows] of Object.entries(query.params.batch as Record<string, unknown>))
                  writeBytes.set(key, (writeBytes.get(key) ?? 0) + JSON.stringify(rows).length);
              const t = performance.now();
              const records = await tx.run(query);
              serverMs[k]! += performance.now() - t;
              return records;
            },
          },
          ontology,
          prepared,
          [],
        );
        workMs += performance.now() - workStarted;
        return result;
      });
      totalMs += performance.now() - started;
    }
    const serverCpu = (processCpuSeconds(server.pid) ?? Number.NaN) - (serverCpuBefore ?? Number.NaN);
    const clientCpu = process.cpuUsage(clientCpuBefore);
    const [{ nodes, edges } = { nodes: 0, edges: 0 }] = [await countOf(executor)];
    console.log(
      `${extractions.length} docs in calls of ${perCall}, ${nodes} nodes, ${edges} relationships in ${(totalMs / 1000).toFixed(1)} s`,
    );
    console.log(
      `${((nodes * 1000) / totalMs).toFixed(0)} nodes/s, ${((edges * 1000) / totalMs).toFixed(0)} rels/s`,
    );
    console.log(
      `CPU: Neo4j ${serverCpu.toFixed(1)} s, this process ${((clientCpu.user + clientCpu.system) / 1e6).toFixed(1)} s (load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')})`,
    );
    const client = workMs - serverMs.reduce((a, b) => a + b, 0);
    const commit = totalMs - workMs;
    for (const [k, name] of names.entries())
      console.log(
        `${name}: ${(serverMs[k]! / 1000).toFixed(1)} s (${((100 * serverMs[k]!) / totalMs).toFixed(0)} %), params ${(bytes[k]! / 1e6).toFixed(1)} MB`,
      );
    for (const [key, n] of [...writeBytes].sort((a, b) => b[1] - a[1]))
      console.log(`  writeBatch $batch.${key}: ${(n / 1e6).toFixed(2)} MB`);
    console.log(
      `client (merge plan, encode): ${(client / 1000).toFixed(1)} s (${((100 * client) / totalMs).toFixed(0)} %)`,
    );
    console.log(
      `commit (index updates, session): ${(commit / 1000).toFixed(1)} s (${((100 * commit) / totalMs).toFixed(0)} %)`,
    );
    await executor.close();
  } finally {
    await server.stop();
  }
}

async function countOf(executor: CypherExecutor): Promise<{ nodes: number; edges: number }> {
  // A write-mode transaction: reads carry the API's 15 s timeout, which a count misses on a saturated machine.
  const [r] = await executor.write({
    cypher:
      'MATCH (n:Entity) WITH count(n) AS nodes MATCH (:Entity)-[r]->(:Entity) RETURN nodes, count(r) AS edges',
    params: {},
  });
  return { nodes: Number(r!.get('nodes')), edges: Number(r!.get('edges')) };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
