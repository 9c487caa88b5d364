import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as perRow from '../../bench/neo4j-naive/statements.js';
import { ErrorCode } from '../../src/errors.js';
import {
  lockAndReadFacts,
  lockDocumentStates,
  reads,
  writeBatch,
} from '../../src/graph/neo4j/builders/index.js';
import type { CypherQuery } from '../../src/graph/neo4j/cypher.js';
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
    lineageNeighbourhood: reads.lineageNeighbourhood(ontology, v, 3, ['RECALLS'], ['ESTABLISHES'], v, {
      payload: true,
      steps: false,
    }),
    lineageNeighbourhoodUndated: reads.lineageNeighbourhood(ontology, v, 1, [], ['RECALLS', 'NOTES'], null, {
      payload: false,
      steps: true,
    }),
    pathLayer: reads.pathLayer([v], ['RECALLS']),
    edgesByKey: reads.edgesByKey([{ type: 'RECALLS', from: v, to: v }]),
    timeline: reads.timeline(v, v, [v], 5),
    timelineAll: reads.timeline(null, null, null, null),
    documentHashes: reads.documentHashes([v]),
    documentsByHash: reads.documentsByHash([v]),
    lockDocumentStates: lockDocumentStates([v], [v]),
    lockAndReadFacts: lockAndReadFacts({
      nodeIds: [v],
      remergeIds: [v],
      replaced: [v],
      changed: [v],
      edges: [{ id: v, type: 'RECALLS', from: v, to: v }],
    }),
    writeBatch: writeBatch(ontology, {
      deleteContributions: [v],
      deleteEdges: [{ id: v, type: 'RECALLS', from: v, to: v }],
      deleteNodes: [v],
      deleteDocuments: [v],
      nodes: [{ id: v, kind: 'Body', props: { id: v, name: v } }],
      documents: [{ id: v, props: { id: v } }],
      contributions: [{ document: v, node: v, json: v, own: true }],
      edges: [
        { type: 'PART_OF', from: v, to: v, props: { id: v }, stored: false },
        { type: 'RECALLS', from: v, to: v, props: { id: v }, stored: true },
      ],
    }),
    naiveReadDocument: perRow.readDocument(v),
    naiveReadNode: perRow.readNode(v),
    naiveReadContributions: perRow.readContributions(v, [v]),
    naiveReadOwnTexts: perRow.readOwnTexts(v, [v]),
    naiveReadEdge: perRow.readEdge({ id: v, type: 'RECALLS', from: v, to: v }),
    naiveDeleteContributions: perRow.deleteContributions(v),
    naiveDeleteEdge: perRow.deleteEdge({ id: v, type: 'RECALLS', from: v, to: v }),
    naiveDeleteNode: perRow.deleteNode(v),
    naiveDeleteDocument: perRow.deleteDocument(v),
    naiveUpsertNode: perRow.upsertNode(ontology, 'Body', v, { id: v, name: v }),
    naiveUpsertDocument: perRow.upsertDocument(v, { id: v }),
    naiveCreateContribution: perRow.createContribution({ document: v, node: v, json: v, own: true }),
    naiveUpsertEdge: perRow.upsertEdge(ontology, {
      type: 'PART_OF',
      from: v,
      to: v,
      props: { id: v },
      stored: false,
    }),
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
    const nothing = {
      deleteContributions: [],
      deleteEdges: [],
      deleteNodes: [],
      deleteDocuments: [],
      nodes: [],
      documents: [],
      contributions: [],
      edges: [],
    };
    const badKind = { id: 'x', kind: 'Body`) DETACH DELETE n //', props: {} };
    const badType = { type: 'RECALLS]->() DELETE r //', from: 'a', to: 'b', props: {}, stored: false };
    for (const build of [
      () => writeBatch(ontology, { ...nothing, nodes: [badKind] }),
      () => writeBatch(ontology, { ...nothing, edges: [badType] }),
      () => writeBatch(ontology, { ...nothing, edges: [{ ...badType, stored: true }] }),
      () => perRow.upsertNode(ontology, badKind.kind, 'x', {}),
      () => perRow.upsertEdge(ontology, badType),
      () =>
        reads.lineageNeighbourhood(ontology, 'x', 3, [badType.type], [], null, {
          payload: false,
          steps: false,
        }),
      () =>
        reads.lineageNeighbourhood(ontology, 'x', 3, [], [badType.type], null, {
          payload: false,
          steps: false,
        }),
    ])
      expect(build).toThrow(expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT }));
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

describe('the write statements', () => {
  const built = buildAll('VALUE');

  it('the batched writer has one text whatever the batch holds; kinds and types travel as checked parameters', () => {
    const small = writeBatch(ontology, {
      deleteContributions: [],
      deleteEdges: [],
      deleteNodes: [],
      deleteDocuments: [],
      nodes: [{ id: 'a', kind: 'Resolution', props: {} }],
      documents: [],
      contributions: [],
      edges: [],
    });
    expect(small.cypher).toBe(built.writeBatch!.cypher);
    expect((built.writeBatch!.params.batch as Record<string, unknown>).nodes).toEqual([
      { id: 'VALUE', kind: 'Body', props: { id: 'VALUE', name: 'VALUE' } },
    ]);
    expect((built.writeBatch!.params.batch as Record<string, unknown>).createEdges).toEqual([
      { type: 'PART_OF', from: 'VALUE', to: 'VALUE', props: { id: 'VALUE' } },
    ]);
    expect((built.writeBatch!.params.batch as Record<string, unknown>).updateEdges).toEqual([
      { type: 'RECALLS', from: 'VALUE', to: 'VALUE', props: { id: 'VALUE' } },
    ]);
    // Every kind label is removed before the node's own is set.
    expect(small.cypher).toContain(`REMOVE n:${ontology.nodeKinds.join(':')}`);
  });

  it('every write statement keeps its plan when the graph grows', () => {
    for (const [name, query] of Object.entries(built))
      if (/^(naive|lock|write)/.test(name))
        expect(query.cypher.startsWith('CYPHER replan=skip\n'), name).toBe(true);
  });

  it('the naive writer touches one row per statement: scalar parameters, no UNWIND', () => {
    for (const [name, query] of Object.entries(built).filter(([n]) => n.startsWith('naive'))) {
      expect(query.cypher, name).not.toMatch(/UNWIND/);
      for (const [key, value] of Object.entries(query.params))
        if (key !== 'replaced' && key !== 'changed' && key !== 'props')
          expect(typeof value === 'object' && value !== null, `${name}.${key}`).toBe(false);
    }
  });
});
