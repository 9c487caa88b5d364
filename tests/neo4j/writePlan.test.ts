import { describe, expect, it } from 'vitest';
import type { BatchWrites } from '../../src/graph/neo4j/builders/index.js';
import { decodeEdgeKeys, decodeMergeState, decodeStoredEdge } from '../../src/graph/neo4j/encode.js';
import {
  type DocumentState,
  planBatch,
  type StoredFacts,
  scopeBatch,
} from '../../src/graph/neo4j/write/plan.js';
import { DOC, foundingExtraction, ID, withHash } from '../fixtures/contract/index.js';
import { prepare } from './prepared.js';

/** The merge plan both Neo4j writers share (no database): what a batch reads, and what it writes. */

const noFacts = (): StoredFacts => ({
  nodes: new Map(),
  contributions: new Map(),
  ownTexts: new Map(),
  edges: new Map(),
});

/** What the store holds after writing `plan` (the state the next batch reads back). */
function storedAfter(plan: BatchWrites): { document: DocumentState; facts: StoredFacts } {
  const facts = noFacts();
  for (const { id, props } of plan.nodes)
    facts.nodes.set(id, decodeMergeState(id, props.mergeFields as string, props.mergeNames as string[]));
  for (const e of plan.edges)
    facts.edges.set(e.props.id as string, decodeStoredEdge(e.type, e.from, e.to, e.props));
  const [doc] = plan.documents;
  const props = doc!.props;
  return {
    document: {
      id: doc!.id,
      sha256: props.sha256 as string,
      ownNode: props.ownNode as string | null,
      nodeIds: props.nodeIds as string[],
      edgeKeys: decodeEdgeKeys(props),
    },
    facts,
  };
}

describe('the write plan shared by the batched and the naive Neo4j writer', () => {
  const founding = prepare(foundingExtraction());

  it('a new document: every node, relationship and contribution is written, nothing is re-merged', () => {
    const scope = scopeBatch([founding], [], []);
    expect([...scope.result.written]).toEqual([DOC.founding]);
    expect(scope.facts?.nodeIds).toEqual([...founding.nodes.map((n) => n.id)].sort());
    expect(scope.facts?.remergeIds).toEqual([]);
    const plan = planBatch(scope, noFacts());
    expect(plan.nodes.map((n) => n.id).sort()).toEqual(scope.facts?.nodeIds);
    expect(plan.nodes.find((n) => n.id === ID.gemc)?.kind).toBe('Body');
    expect(plan.edges).toHaveLength(founding.edges.length);
    expect(plan.edges.every((e) => !e.stored)).toBe(true);
    expect(plan.contributions).toHaveLength(founding.nodes.length);
    expect(plan.contributions.filter((c) => c.own).map((c) => c.node)).toEqual([ID.res04]);
    expect(plan).toMatchObject({
      deleteContributions: [],
      deleteNodes: [],
      deleteEdges: [],
      deleteDocuments: [],
    });
  });

  it('the same document with an unchanged hash writes nothing', () => {
    const { document } = storedAfter(planBatch(scopeBatch([founding], [], []), noFacts()));
    const scope = scopeBatch([founding], [], [document]);
    expect(scope.facts).toBeNull();
    expect([...scope.result.unchanged]).toEqual([DOC.founding]);
  });

  it('an edited file with the same facts rewrites only its own node (search text) and its links', () => {
    const { document, facts } = storedAfter(planBatch(scopeBatch([founding], [], []), noFacts()));
    const edited = prepare(withHash(foundingExtraction(), 'edited'));
    const scope = scopeBatch([edited], [], [document]);
    expect(scope.facts?.replaced).toEqual([DOC.founding]);
    expect(scope.facts?.remergeIds).toEqual(document.nodeIds.slice().sort());
    // Its contributions are the only ones: re-merging from what remains starts from nothing.
    const plan = planBatch(scope, facts);
    expect(plan.nodes.map((n) => n.id)).toEqual([ID.res04]);
    expect(plan.edges).toEqual([]);
    expect(plan.deleteNodes).toEqual([]);
    expect(plan.deleteContributions).toEqual([DOC.founding]);
    expect(plan.contributions).toHaveLength(founding.nodes.length);
    expect(plan.documents.map((d) => d.props.sha256)).toEqual([edited.extraction.document.sha256]);
  });

  it('an edited file that drops a node takes the node out when no other document names it', () => {
    const { document, facts } = storedAfter(planBatch(scopeBatch([founding], [], []), noFacts()));
    const base = withHash(foundingExtraction(), 'without europol');
    const edited = prepare({
      ...base,
      nodes: base.nodes.filter((n) => n.id !== ID.europol),
      edges: base.edges.filter((e) => e.from !== ID.europol && e.to !== ID.europol),
      document: { ...base.document, mentions: base.document.mentions.filter((m) => m.node !== ID.europol) },
    });
    const plan = planBatch(scopeBatch([edited], [], [document]), facts);
    expect(plan.deleteNodes).toEqual([ID.europol]);
    const dropped = founding.edges.filter((e) => e.from === ID.europol || e.to === ID.europol);
    expect(dropped.length).toBeGreaterThan(0);
    expect(plan.deleteEdges.map((k) => k.id).sort()).toEqual(dropped.map((e) => e.id).sort());
  });

  it('removing the only document deletes its nodes, relationships and itself', () => {
    const { document, facts } = storedAfter(planBatch(scopeBatch([founding], [], []), noFacts()));
    const scope = scopeBatch([], [DOC.founding], [document]);
    expect([...scope.result.removed]).toEqual([DOC.founding]);
    const plan = planBatch(scope, facts);
    expect(plan.deleteDocuments).toEqual([DOC.founding]);
    expect(plan.deleteNodes.sort()).toEqual(document.nodeIds.slice().sort());
    expect(plan.deleteEdges).toHaveLength(founding.edges.length);
    expect(plan.nodes).toEqual([]);
    expect(plan.edges).toEqual([]);
  });

  it('removing a document the store does not hold changes nothing', () => {
    const scope = scopeBatch([], ['document:nowhere.fr'], []);
    expect(scope.facts).toBeNull();
    expect(scope.result.removed.size).toBe(0);
  });
});
