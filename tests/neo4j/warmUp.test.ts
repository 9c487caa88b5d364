import { describe, expect, it } from 'vitest';
import { stepTypes } from '../../src/graph/lineage/index.js';
import { reads } from '../../src/graph/neo4j/builders/index.js';
import { CypherExecutor, type Neo4jStore } from '../../src/graph/neo4j/index.js';
import { WARM_UP_ID, warmUpQueries } from '../../src/graph/neo4j/warmUp.js';
import { foundingExtraction } from '../fixtures/contract/index.js';
import { describeNeo4j, requireNeo4jTestConfig } from '../setup/neo4j.js';
import { freshNeo4jStore, holdNeo4jTestDatabase } from './connection.js';
import { ontology } from './prepared.js';

/** The read statements planned when the store opens (src/graph/neo4j/warmUp.ts). */

describe('warm-up statements', () => {
  it('are the exact texts and parameter types of the lineage statements the API sends', () => {
    const warm = warmUpQueries(ontology);
    const types = [...ontology.relationKinds];
    for (const direction of ['UPSTREAM', 'DOWNSTREAM', 'BOTH'] as const) {
      const { outTypes, inTypes } = stepTypes(ontology, types, direction);
      for (const payload of [true, false]) {
        const real = reads.lineageNeighbourhood(ontology, 'resolution:X', 6, outTypes, inTypes, null, {
          payload,
          steps: false,
        });
        const planned = warm.find((q) => q.cypher === real.cypher);
        expect(planned, `${direction} payload=${payload}`).toBeDefined();
        expect(Object.keys(planned!.params).sort()).toEqual(Object.keys(real.params).sort());
        for (const key of Object.keys(real.params))
          expect(typeof planned!.params[key], key).toBe(typeof real.params[key]);
      }
    }
    expect(warm.filter((q) => JSON.stringify(q.params).includes('resolution:'))).toEqual([]);
  });
});

describeNeo4j('warm-up on a store', () => {
  holdNeo4jTestDatabase();

  it('every warm-up statement runs and reads nothing, and warmUp resolves', async () => {
    const store: Neo4jStore = await freshNeo4jStore({ warmUp: false });
    const executor = new CypherExecutor(requireNeo4jTestConfig());
    try {
      await store.writeDocuments([foundingExtraction()]);
      for (const query of warmUpQueries(ontology)) expect(await executor.read(query)).toEqual([]);
      expect(await store.getNodes([WARM_UP_ID])).toEqual([null]);
      await expect(store.warmUp()).resolves.toBeUndefined();
    } finally {
      await executor.close();
      await store.close();
    }
  });
});
