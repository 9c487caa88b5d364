import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/errors.js';
import {
  createContributions,
  deleteContributions,
  deleteEdgesByKey,
  lockDocuments,
  lockNodes,
  readDocumentStates,
  readEdgesByKey,
  readNodeContributions,
  readOwnClauseTexts,
  reads,
  upsertDocuments,
  upsertEdges,
  upsertNodes,
} from '../../src/graph/neo4j/builders/index.js';
import type { CypherQuery } from '../../src/graph/neo4j/cypher.js';
import { splitPerRow } from '../../src/graph/neo4j/naive.js';
import { loadOntology } from '../../src/ontology/index.js';

const ontology = loadOntology();
const INJECTION = 'x\'}) DETACH DELETE n //"; MATCH (m) RETURN m`';

/** Every builder, fed the same user value everywhere a string travels. */
function buildAll(v: string): Record<string, CypherQuery> {
  return {
    getNodes: reads.getNodes([v]),
    getDocuments: reads.getDocuments([v]),
    findByCode: reads.findByCode(v),
    findByNameIndexed: reads.findByName(v, [v], [v]),
    findByNameScan: reads.findByName(v, [], null),
    searchPage: reads.searchPage([v], v, [v], { score: 3, id: v }, 11),
    edgesOut: reads.edgesOf([v], 'out', ['RECALLS']),
    edgesIn: reads.edgesOf([v], 'in', ['RECALLS']),
    edgesBoth: reads.edgesOf([v], 'both', ['RECALLS']),
    relationsTyped: reads.relationsPage(ontology, 'RECALLS', v, 11),
    relationsAll: reads.relationsPage(ontology, undefined, v, 11),
    lineageHop: reads.lineageHop([v], ['RECALLS'], ['ESTABLISHES'], v),
    pathLayer: reads.pathLayer([v], ['RECALLS']),
    edgesByKey: reads.edgesByKey([{ type: 'RECALLS', from: v, to: v }]),
    timeline: reads.timeline(v, v, [v], 5),
    timelineAll: reads.timeline(null, null, null, null),
    documentHashes: reads.documentHashes([v]),
    readDocumentStates: readDocumentStates([v]),
    readNodeContributions: readNodeContributions([v]),
    readOwnClauseTexts: readOwnClauseTexts([v], [v]),
    lockDocuments: lockDocuments([v]),
    lockNodes: lockNodes([v]),
    readEdgesByKey: readEdgesByKey([{ id: v, type: 'RECALLS', from: v, to: v }]),
    deleteEdgesByKey: deleteEdgesByKey([{ id: v, type: 'RECALLS', from: v, to: v }]),
    deleteContributions: deleteContributions([v]),
    upsertNodes: upsertNodes(ontology, 'Body', [{ id: v, props: { id: v, name: v } }]),
    upsertEdges: upsertEdges(ontology, 'PART_OF', [{ from: v, to: v, props: { id: v } }]),
    upsertDocuments: upsertDocuments([{ id: v, props: { id: v } }]),
    createContributions: createContributions([{ document: v, node: v, json: v, own: true }]),
  };
}

describe('Cypher builders', () => {
  const built = buildAll('VALUE');

  it.each(Object.keys(built))('%s generates the expected Cypher', (name) => {
    expect(built[name]!.cypher).toMatchSnapshot();
  });

  it('never puts a value into the Cypher text: any string gives the same text, and travels as a parameter', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (value) => {
        const a = buildAll(value);
        for (const [name, query] of Object.entries(a)) {
          expect(query.cypher, name).toBe(built[name]!.cypher);
          if (name !== 'timelineAll')
            expect(JSON.stringify(query.params), name).toContain(JSON.stringify(value).slice(1, -1));
        }
      }),
      { numRuns: 50 },
    );
    for (const query of Object.values(buildAll(INJECTION)))
      expect(query.cypher).not.toContain('DETACH DELETE n //');
  });

  it('takes labels and relationship types only from the ontology allow-list', () => {
    expect(() => upsertNodes(ontology, 'Body`) DETACH DELETE n //', [])).toThrow(
      expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT }),
    );
    expect(() => upsertEdges(ontology, 'RECALLS]->() DELETE r //', [])).toThrow(
      expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT }),
    );
    expect(() => reads.relationsPage(ontology, 'CONTRIBUTES', null, 5)).toThrow(
      expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT }),
    );
  });

  it('search asks Lucene for every term as a required prefix, and folds nothing itself', () => {
    const query = reads.searchPage(['groupe', 'cmii'], 'groupe cmii', null, null, 11);
    expect(query.params.lucene).toBe('+groupe* +cmii*');
    expect(query.params).toMatchObject({ afterScore: null, afterId: null, limit: 11 });
  });
});

describe('splitPerRow (the naive writer)', () => {
  it('cuts an UNWIND statement into one statement per row, same text', () => {
    const query = upsertDocuments([
      { id: 'a', props: {} },
      { id: 'b', props: {} },
    ]);
    const split = splitPerRow(query);
    expect(split.map((q) => q.params.rows)).toEqual([[{ id: 'a', props: {} }], [{ id: 'b', props: {} }]]);
    expect(new Set(split.map((q) => q.cypher))).toEqual(new Set([query.cypher]));
    expect(splitPerRow(deleteContributions(['x', 'y'])).map((q) => q.params.ids)).toEqual([['x'], ['y']]);
    expect(splitPerRow(reads.ping())).toEqual([reads.ping()]);
  });
});
