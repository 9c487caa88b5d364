/**
 * Where the batched Neo4j writer's time goes: `npx tsx bench/profile-neo4j-write.ts [DOCS]` extracts the first
 * DOCS (default 1000) documents of the generated 10k corpus, starts a scratch Neo4j, writes them in the
 * pipeline's calls of 50, and prints per statement of a batch (lock documents, lock and read facts, write)
 * the server round-trip time, the time spent planning in TypeScript, and the parameter size sent.
 */
import { join } from 'node:path';
import { validateExtraction } from '../src/graph/lineage/index.js';
import { CypherExecutor } from '../src/graph/neo4j/index.js';
import { Neo4jStore } from '../src/graph/neo4j/Neo4jStore.js';
import { applyBatch } from '../src/graph/neo4j/write/index.js';
import type { Extraction } from '../src/model/index.js';
import { loadOntology } from '../src/ontology/index.js';
import { parseArgs } from './harness/args.js';
import { BenchContext } from './harness/context.js';
import { startNeo4j } from './harness/neo4j.js';

async function main(): Promise<void> {
  const docs = Number(process.argv[2] ?? 1000);
  const ctx = new BenchContext(parseArgs(['--size', '10k']));
  const corpus = await ctx.corpusOfSize(10_000, '10k');
  const extractor = await ctx.extractor();
  const { planSources, readSource } = await import('../src/ingest/index.js');
  const plan = await planSources([corpus.docs]);
  const extractions: Extraction[] = [];
  for (const item of plan.items) {
    if (item.type === 'rejected' || extractions.length >= docs) continue;
    const source = await readSource(item.path);
    const language = extractor.detectLanguage(source.text).language ?? undefined;
    extractions.push(
      extractor.extract({ text: source.text, source: item.source, sha256: source.sha256, language }),
    );
  }
  const server = await startNeo4j(join('bench/work', 'profile-neo4j'), '1g', '512m');
  try {
    const ontology = loadOntology();
    const store = new Neo4jStore({ uri: server.uri, user: 'neo4j', password: '' });
    await store.init();
    await store.writeDocuments(extractions.slice(0, 20)); // warm-up: plans and JIT
    await store.clear();
    await store.close();
    const executor = new CypherExecutor({ uri: server.uri, user: 'neo4j', password: '' });
    const names = ['lockDocumentStates', 'lockAndReadFacts', 'writeBatch'];
    const serverMs = [0, 0, 0];
    const bytes = [0, 0, 0];
    let totalMs = 0;
    for (let i = 0; i < extractions.length; i += 50) {
      const prepared = extractions.slice(i, i + 50).map((e) => {
        const checked = validateExtraction(e, ontology);
        if (!checked.ok) throw new Error(checked.problems.join('; '));
        return checked.value;
      });
      const started = performance.now();
      await executor.transaction('WRITE', (tx) => {
        let n = 0;
        return applyBatch(
          {
            run: async (query) => {
              const k = n++;
              bytes[k]! += JSON.stringify(query.params).length;
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
      });
      totalMs += performance.now() - started;
    }
    const [{ nodes, edges } = { nodes: 0, edges: 0 }] = [await countOf(executor)];
    console.log(
      `${extractions.length} docs, ${nodes} nodes, ${edges} relationships in ${(totalMs / 1000).toFixed(1)} s`,
    );
    console.log(
      `${((nodes * 1000) / totalMs).toFixed(0)} nodes/s, ${((edges * 1000) / totalMs).toFixed(0)} rels/s`,
    );
    const client = totalMs - serverMs.reduce((a, b) => a + b, 0);
    for (const [k, name] of names.entries())
      console.log(
        `${name}: ${(serverMs[k]! / 1000).toFixed(1)} s (${((100 * serverMs[k]!) / totalMs).toFixed(0)} %), params ${(bytes[k]! / 1e6).toFixed(1)} MB`,
      );
    console.log(
      `client (validate, plan, encode, commit): ${(client / 1000).toFixed(1)} s (${((100 * client) / totalMs).toFixed(0)} %)`,
    );
    await executor.close();
  } finally {
    await server.stop();
  }
}

async function countOf(executor: CypherExecutor): Promise<{ nodes: number; edges: number }> {
  const [r] = await executor.read({
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
