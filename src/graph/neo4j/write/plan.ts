import type { GraphNode } from '../../../model/index.js';
import {
  addNodeContribution,
  canonicalEvidence,
  emptyNodeState,
  mergeNodeContributions,
  type NodeMergeState,
  ownNodeId,
  type PreparedExtraction,
} from '../../lineage/index.js';
import type { BatchWrites, EdgeKey, EdgeRow, FactsScope, NodeRow } from '../builders/index.js';
import { encodeDocument, encodeEdge, encodeNode, type StoredEdge } from '../encode.js';

/**
 * The pure middle of a write batch, shared by the batched and the naive writer so both build the same graph:
 * `scopeBatch` says what must be read once the stored documents are known, `planBatch` merges what was read
 * with the batch (the shared NodeMerge/EdgeMerge rules) into the rows to write.
 */

export interface BatchResult {
  written: Set<string>;
  unchanged: Set<string>;
  removed: Set<string>;
}

/** A stored document as the writers read it back. */
export interface DocumentState {
  id: string;
  sha256: string;
  /** Absent or null: written without a knowledge fingerprint. */
  knowledge?: string | null;
  ownNode: string | null;
  nodeIds: string[];
  edgeKeys: EdgeKey[];
}

export interface Contribution {
  document: string;
  node: GraphNode;
  own: boolean;
}

/** What the store holds about the batch's nodes and relationships (read under lock). */
export interface StoredFacts {
  /** Merge state of the nodes that have one. */
  nodes: Map<string, NodeMergeState>;
  /** Per node to re-merge, its contributions from documents the batch does not replace. */
  contributions: Map<string, Contribution[]>;
  /** Per node, [document, clause texts] of the unchanged stored documents whose own node it is. */
  ownTexts: Map<string, Array<[string, string[]]>>;
  edges: Map<string, StoredEdge>;
}

export interface BatchScope {
  result: BatchResult;
  /** Extractions whose hash differs from the stored one (or that are new). */
  toWrite: PreparedExtraction[];
  states: Map<string, DocumentState>;
  /** What to read next; nothing when the batch changes nothing. */
  facts: FactsScope | null;
}

function distinctSorted(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort();
}

/** Decide from the stored documents what the batch writes, removes and must read. Document ids are
 * distinct within a batch. */
export function scopeBatch(
  writes: PreparedExtraction[],
  removals: string[],
  stored: DocumentState[],
): BatchScope {
  const states = new Map(stored.map((s) => [s.id, s]));
  const toWrite = writes.filter((w) => {
    const state = states.get(w.extraction.document.id);
    const doc = w.extraction.document;
    return state?.sha256 !== doc.sha256 || (state.knowledge ?? null) !== (doc.knowledge ?? null);
  });
  const written = new Set(toWrite.map((w) => w.extraction.document.id));
  const result: BatchResult = {
    written,
    unchanged: new Set(writes.map((w) => w.extraction.document.id).filter((id) => !written.has(id))),
    removed: new Set(removals.filter((id) => states.has(id))),
  };
  if (toWrite.length === 0 && result.removed.size === 0) return { result, toWrite, states, facts: null };
  const replaced = [...written, ...result.removed].filter((id) => states.has(id)).sort();
  const remergeIds = distinctSorted(replaced.flatMap((id) => states.get(id)!.nodeIds));
  const edges = new Map<string, EdgeKey>();
  for (const id of replaced) for (const key of states.get(id)!.edgeKeys) edges.set(key.id, key);
  for (const w of toWrite)
    for (const { id, type, from, to } of w.edges) if (!edges.has(id)) edges.set(id, { id, type, from, to });
  return {
    result,
    toWrite,
    states,
    facts: {
      nodeIds: distinctSorted([...remergeIds, ...toWrite.flatMap((w) => w.nodes.map((n) => n.id))]),
      remergeIds,
      replaced,
      changed: [...written, ...result.removed].sort(),
      edges: [...edges.values()],
    },
  };
}

/** Merge states compared field by field (key order aside). */
function sameState(a: NodeMergeState | undefined, b: NodeMergeState): boolean {
  if (!a) return false;
  const keys = Object.keys(b.fields);
  if (keys.length !== Object.keys(a.fields).length) return false;
  for (const key of keys) if (JSON.stringify(a.fields[key]) !== JSON.stringify(b.fields[key])) return false;
  return a.names.length === b.names.length && a.names.every((n, i) => n === b.names[i]);
}

/**
 * The rows a batch writes, given what was read under lock (docs/store-semantics.md §1): nodes a replaced
 * document named are re-merged from their remaining contributions, other nodes merge the new contributions
 * into their stored state; relationships lose the replaced documents' evidence and qualifiers and gain the
 * new ones. Nodes and relationships that would be written back unchanged are left out.
 */
export function planBatch(scope: BatchScope, stored: StoredFacts): BatchWrites {
  const { toWrite, states, facts } = scope;
  if (!facts) throw new Error('planBatch called for a batch that changes nothing');
  const replacedSet = new Set(facts.replaced);
  const remerge = new Set(facts.remergeIds);
  const owners = new Map(toWrite.map((w) => [w.extraction.document.id, ownNodeId(w.extraction) ?? null]));

  // Nodes: full re-merge where a document's share is taken out, incremental merge where one is only added.
  const added = new Map<string, Contribution[]>();
  for (const w of toWrite) {
    const document = w.extraction.document.id;
    for (const node of w.nodes) {
      const list = added.get(node.id) ?? [];
      list.push({ document, node, own: node.id === owners.get(document) });
      added.set(node.id, list);
    }
  }
  const nodeStates = new Map<string, NodeMergeState>();
  for (const id of remerge)
    nodeStates.set(id, mergeNodeContributions(id, stored.contributions.get(id) ?? []));
  for (const [id, contributions] of added) {
    let state = nodeStates.get(id) ?? stored.nodes.get(id) ?? emptyNodeState(id);
    for (const c of contributions) state = addNodeContribution(state, c.document, c.node, c.own);
    nodeStates.set(id, state);
  }
  const deleteNodes = [...remerge].filter((id) => !stored.contributions.has(id) && !added.has(id));
  for (const id of deleteNodes) nodeStates.delete(id);

  // The clause texts of the documents whose own node it is feed a node's search text; they change for the
  // own nodes of the documents written, replaced or removed.
  const clauseTexts = new Map<string, Array<[string, string[]]>>();
  for (const [node, texts] of stored.ownTexts) clauseTexts.set(node, [...texts]);
  const textsChanged = new Set<string>();
  for (const id of facts.replaced) {
    const own = states.get(id)?.ownNode;
    if (own) textsChanged.add(own);
  }
  for (const w of toWrite) {
    const own = owners.get(w.extraction.document.id);
    if (!own) continue;
    textsChanged.add(own);
    const list = clauseTexts.get(own) ?? [];
    list.push([w.extraction.document.id, w.extraction.document.clauses.map((c) => c.text)]);
    clauseTexts.set(own, list);
  }
  const textsOf = (node: string): string[] =>
    (clauseTexts.get(node) ?? [])
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .flatMap(([, texts]) => texts);
  const nodes: NodeRow[] = [];
  for (const state of nodeStates.values()) {
    if (!textsChanged.has(state.id) && sameState(stored.nodes.get(state.id), state)) continue;
    nodes.push({
      id: state.id,
      kind: String(state.fields.kind?.[0]),
      props: encodeNode(state, textsOf(state.id)),
    });
  }

  // Relationships: take out the replaced documents' evidence and qualifiers, add the new ones.
  const newEdges = new Map<string, Array<{ document: string; edge: PreparedExtraction['edges'][number] }>>();
  for (const w of toWrite) {
    for (const edge of w.edges) {
      const list = newEdges.get(edge.id) ?? [];
      list.push({ document: w.extraction.document.id, edge });
      newEdges.set(edge.id, list);
    }
  }
  const deleteEdges: EdgeKey[] = [];
  const edges: EdgeRow[] = [];
  for (const key of facts.edges) {
    const before = stored.edges.get(key.id);
    const edge: StoredEdge = before
      ? {
          ...before,
          evidence: before.evidence.filter((e) => !replacedSet.has(e.document)),
          propsByDoc: Object.fromEntries(
            Object.entries(before.propsByDoc).filter(([doc]) => !replacedSet.has(doc)),
          ),
        }
      : { ...key, evidence: [], propsByDoc: {} };
    for (const { document, edge: contributed } of newEdges.get(key.id) ?? []) {
      edge.evidence.push(...contributed.evidence);
      if (contributed.props && Object.keys(contributed.props).length) {
        edge.propsByDoc[document] = { ...edge.propsByDoc[document], ...contributed.props };
      }
    }
    edge.evidence = canonicalEvidence(edge.evidence);
    if (edge.evidence.length === 0) {
      if (before) deleteEdges.push(key);
      continue;
    }
    const props = encodeEdge(edge);
    if (before && JSON.stringify(encodeEdge(before)) === JSON.stringify(props)) continue;
    edges.push({ type: key.type, from: key.from, to: key.to, props, stored: before !== undefined });
  }

  return {
    deleteContributions: facts.replaced,
    deleteEdges,
    deleteNodes,
    deleteDocuments: [...scope.result.removed],
    nodes,
    documents: toWrite.map((w) => ({
      id: w.extraction.document.id,
      props: encodeDocument(
        w.extraction.document,
        owners.get(w.extraction.document.id) ?? null,
        w.nodes.map((n) => n.id),
        w.edges.map(({ id, type, from, to }) => ({ id, type, from, to })),
      ),
    })),
    contributions: toWrite.flatMap((w) =>
      w.nodes.map((node) => ({
        document: w.extraction.document.id,
        node: node.id,
        json: JSON.stringify(node),
        own: node.id === owners.get(w.extraction.document.id),
      })),
    ),
    edges,
  };
}
