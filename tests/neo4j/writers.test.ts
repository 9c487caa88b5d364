import { afterAll, beforeAll, expect, it } from 'vitest';
import { naiveWriter } from '../../bench/neo4j-naive/applyNaive.js';
import type { PreparedExtraction } from '../../src/graph/lineage/index.js';
import { CypherExecutor, type Neo4jStore } from '../../src/graph/neo4j/index.js';
import { applyBatch } from '../../src/graph/neo4j/write/index.js';
import {
  chainExtractions,
  foundingExtraction,
  secondExtraction,
  withHash,
} from '../fixtures/contract/index.js';
import { describeNeo4j, requireNeo4jTestConfig } from '../setup/neo4j.js';
import { freshNeo4jStore, holdNeo4jTestDatabase } from './connection.js';
import { ontology, prepare } from './prepared.js';

/** The two Neo4j writers: the batched one (three statements per batch) and the naive baseline of issue 6. */

describeNeo4j('Neo4j writers', () => {
  holdNeo4jTestDatabase();
  const extractions = [foundingExtraction(), secondExtraction(), ...chainExtractions().slice(0, 6)];
  let batched: Neo4jStore;
  let naive: Neo4jStore;

  beforeAll(async () => {
    batched = await freshNeo4jStore({ batchSize: 3 });
    naive = await freshNeo4jStore({ writer: naiveWriter });
  });

  afterAll(async () => {
    await batched?.close();
    await naive?.close();
  });

  it('the naive writer builds the same graph as the batched one through writes, rewrites and removals', async () => {
    const steps: Array<{ name: string; apply: (store: Neo4jStore) => Promise<unknown> }> = [
      { name: 'write', apply: (s) => s.writeDocuments(extractions) },
      {
        name: 'rewrite with new hashes',
        apply: (s) => s.writeDocuments(extractions.slice(0, 4).map((e) => withHash(e, 'again'))),
      },
      { name: 'remove', apply: (s) => s.removeDocument(extractions[1]!.document.id) },
      { name: 'write back', apply: (s) => s.writeDocuments([extractions[1]!]) },
    ];
    const exports = { batched: [] as unknown[], naive: [] as unknown[] };
    for (const [mode, store] of [
      ['naive', naive],
      ['batched', batched],
    ] as const) {
      await store.clear();
      for (const step of steps) {
        const outcome = await step.apply(store);
        if (Array.isArray(outcome))
          expect(
            outcome.filter((o) => o.status === 'failed'),
            step.name,
          ).toEqual([]);
        exports[mode].push({ step: step.name, graph: await store.exportAll(), stats: await store.stats() });
      }
    }
    expect(exports.naive).toEqual(exports.batched);
    expect((exports.batched[0] as { stats: { edges: number } }).stats.edges).toBeGreaterThan(10);
  });

  it('the naive writer reports outcomes as the batched one does', async () => {
    await naive.clear();
    const first = await naive.writeDocuments(extractions.slice(0, 2));
    expect(first.map((o) => o.status)).toEqual(['written', 'written']);
    const again = await naive.writeDocuments(extractions.slice(0, 2));
    expect(again.map((o) => o.status)).toEqual(['unchanged', 'unchanged']);
    expect(await naive.removeDocument(extractions[0]!.document.id)).toBe(true);
    expect(await naive.removeDocument(extractions[0]!.document.id)).toBe(false);
  });

  it('a batch is three statements in one transaction, whatever its size; an unchanged batch is one', async () => {
    await batched.clear();
    const executor = new CypherExecutor(requireNeo4jTestConfig());
    try {
      const counted = async (writes: PreparedExtraction[]) => {
        let statements = 0;
        const result = await executor.transaction('WRITE', (tx) =>
          applyBatch(
            {
              run: (query) => {
                statements++;
                return tx.run(query);
              },
            },
            ontology,
            writes,
            [],
          ),
        );
        return { statements, written: result.written.size };
      };
      const all = extractions.map(prepare);
      expect(await counted(all.slice(0, 1))).toEqual({ statements: 3, written: 1 });
      expect(await counted(all.slice(1))).toEqual({ statements: 3, written: all.length - 1 });
      expect(await counted(all)).toEqual({ statements: 1, written: 0 });
      expect((await batched.stats()).documents).toBe(all.length);
    } finally {
      await executor.close();
    }
  });
});
