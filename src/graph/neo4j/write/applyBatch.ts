import type { Record as Neo4jRecord } from 'neo4j-driver';
import type { Ontology } from '../../../ontology/index.js';
import {
  addNodeContribution,
  canonicalEvidence,
  emptyNodeState,
  mergeNodeContributions,
  type NodeMergeState,
  ownNodeId,
  type PreparedExtraction,
} from '../../lineage/index.js';
import type { GraphNode } from '../../model.js';
import {
  createContributions,
  deleteContributions,
  deleteDocuments,
  deleteEdgesByKey,
  deleteNodes,
  type EdgeKey,
  lockDocuments,
  lockNodes,
  readDocumentStates,
  readEdgesByKey,
  readNodeContributions,
  readNodeStates,
  readOwnClauseTexts,
  upsertDocuments,
  upsertEdges,
  upsertNodes,
} from '../builders/index.js';
import type { CypherQuery } from '../cypher.js';
import {
  decodeMergeState,
  decodeStoredEdge,
  encodeDocument,
  encodeEdge,
  encodeNode,
  type StoredEdge,
} from '../encode.js';

/** Where the batch's statements go: one transaction (batched writer) or one statement per row (naive). */
export interface StatementRunner {
  read(query: CypherQuery): Promise<Neo4jRecord[]>;
  write(query: CypherQuery): Promise<void>;
}

export interface BatchResult {
  written: Set<string>;
  unchanged: Set<string>;
  removed: Set<string>;
}

interface DocumentState {
  sha256: string;
  nodeIds: string[];
  edgeKeys: EdgeKey[];
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/**
 * Write some documents and remove others, replacing each one's previous facts (docs/store-semantics.md §1).
 * Reads what the batch touches, merges in TypeScript with the shared NodeMerge/EdgeMerge rules, then writes:
 * deletions, nodes (one UNWIND statement per kind), documents, contribution links, relationships (one
 * statement per type). Document ids must be distinct within a batch.
 */
export async function applyBatch(
  run: StatementRunner,
  ontology: Ontology,
  writes: PreparedExtraction[],
  removals: string[],
): Promise<BatchResult> {
  const docIds = [...writes.map((w) => w.extraction.document.id), ...removals];
  await run.write(lockDocuments(docIds));
  const states = new Map<string, DocumentState>();
  for (const r of await run.read(readDocumentStates(docIds))) {
    states.set(r.get('id'), {
      sha256: r.get('sha256'),
      nodeIds: r.get('nodeIds') ?? [],
      edgeKeys: JSON.parse(r.get('edgeKeys') ?? '[]') as EdgeKey[],
    });
  }
  const toWrite = writes.filter(
    (w) => states.get(w.extraction.document.id)?.sha256 !== w.extraction.document.sha256,
  );
  const written = new Set(toWrite.map((w) => w.extraction.document.id));
  const result: BatchResult = {
    written,
    unchanged: new Set(writes.map((w) => w.extraction.document.id).filter((id) => !written.has(id))),
    removed: new Set(removals.filter((id) => states.has(id))),
  };
  if (toWrite.length === 0 && result.removed.size === 0) return result;

  const replaced = [...docIds].filter(
    (id) => states.has(id) && (result.written.has(id) || result.removed.has(id)),
  );
  const replacedSet = new Set(replaced);
  const oldNodeIds = new Set(replaced.flatMap((id) => states.get(id)!.nodeIds));
  const oldEdgeKeys = new Map(
    replaced.flatMap((id) => states.get(id)!.edgeKeys.map((k) => [k.id, k] as const)),
  );
  const touched = [...oldNodeIds, ...toWrite.flatMap((w) => w.nodes.map((n) => n.id))];
  if (touched.length) await run.write(lockNodes(touched));
  if (replaced.length) await run.write(deleteContributions(replaced));

  // Nodes: full re-merge where a document's share is taken out, incremental merge where one is only added.
  type Contribution = { document: string; node: GraphNode; own: boolean };
  const owners = new Map(toWrite.map((w) => [w.extraction.document.id, ownNodeId(w.extraction) ?? null]));
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
  const remaining = new Map<string, Contribution[]>();
  if (oldNodeIds.size) {
    for (const r of await run.read(readNodeContributions([...oldNodeIds]))) {
      const list = remaining.get(r.get('id')) ?? [];
      list.push({
        document: r.get('document'),
        node: JSON.parse(r.get('node')) as GraphNode,
        own: r.get('own') === true,
      });
      remaining.set(r.get('id'), list);
    }
    for (const id of oldNodeIds) nodeStates.set(id, mergeNodeContributions(id, remaining.get(id) ?? []));
  }
  const incremental = [...added.keys()].filter((id) => !oldNodeIds.has(id));
  if (incremental.length) {
    for (const r of await run.read(readNodeStates(incremental))) {
      nodeStates.set(r.get('id'), decodeMergeState(r.get('id'), r.get('fields'), r.get('names')));
    }
  }
  for (const [id, contributions] of added) {
    let state = nodeStates.get(id) ?? emptyNodeState(id);
    for (const c of contributions) state = addNodeContribution(state, c.document, c.node, c.own);
    nodeStates.set(id, state);
  }
  const nodesToDelete = [...oldNodeIds].filter((id) => !remaining.has(id) && !added.has(id));
  for (const id of nodesToDelete) nodeStates.delete(id);

  // The clause texts of the documents whose own node it is feed a node's search text.
  const clauseTexts = new Map<string, Array<[string, string[]]>>();
  const addTexts = (node: string, document: string, texts: string[]) => {
    const list = clauseTexts.get(node) ?? [];
    list.push([document, texts]);
    clauseTexts.set(node, list);
  };
  if (nodeStates.size) {
    for (const r of await run.read(
      readOwnClauseTexts([...nodeStates.keys()], [...written, ...result.removed]),
    )) {
      addTexts(r.get('id'), r.get('document'), r.get('clauseTexts') ?? []);
    }
  }
  for (const w of toWrite) {
    const own = owners.get(w.extraction.document.id);
    if (own)
      addTexts(
        own,
        w.extraction.document.id,
        w.extraction.document.clauses.map((c) => c.text),
      );
  }
  const textsOf = (node: string): string[] =>
    (clauseTexts.get(node) ?? [])
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .flatMap(([, texts]) => texts);

  // Edges: take out the replaced documents' evidence and qualifiers, add the new ones.
  const newEdges = new Map<string, Array<{ document: string; edge: PreparedExtraction['edges'][number] }>>();
  for (const w of toWrite) {
    for (const edge of w.edges) {
      const list = newEdges.get(edge.id) ?? [];
      list.push({ document: w.extraction.document.id, edge });
      newEdges.set(edge.id, list);
    }
  }
  const edgeKeys = new Map(oldEdgeKeys);
  for (const [id, list] of newEdges) {
    const { type, from, to } = list[0]!.edge;
    edgeKeys.set(id, { id, type, from, to });
  }
  const stored = new Map<string, StoredEdge>();
  if (edgeKeys.size) {
    for (const r of await run.read(readEdgesByKey([...edgeKeys.values()]))) {
      stored.set(r.get('id'), decodeStoredEdge(r.get('type'), r.get('from'), r.get('to'), r.get('props')));
    }
  }
  const edgesToDelete: EdgeKey[] = [];
  const edgesToWrite: StoredEdge[] = [];
  for (const key of edgeKeys.values()) {
    const before = stored.get(key.id);
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
      if (before) edgesToDelete.push(key);
    } else edgesToWrite.push(edge);
  }

  if (edgesToDelete.length) await run.write(deleteEdgesByKey(edgesToDelete));
  if (nodesToDelete.length) await run.write(deleteNodes(nodesToDelete));
  if (result.removed.size) await run.write(deleteDocuments([...result.removed]));
  const nodeRows = [...nodeStates.values()].map((state) => ({
    id: state.id,
    kind: String(state.fields.kind?.[0]),
    props: encodeNode(state, textsOf(state.id)),
  }));
  for (const [kind, rows] of groupBy(nodeRows, (r) => r.kind)) {
    await run.write(
      upsertNodes(
        ontology,
        kind,
        rows.map(({ id, props }) => ({ id, props })),
      ),
    );
  }
  if (toWrite.length) {
    await run.write(
      upsertDocuments(
        toWrite.map((w) => ({
          id: w.extraction.document.id,
          props: encodeDocument(
            w.extraction.document,
            owners.get(w.extraction.document.id) ?? null,
            w.nodes.map((n) => n.id),
            w.edges.map(({ id, type, from, to }) => ({ id, type, from, to })),
          ),
        })),
      ),
    );
    const links = toWrite.flatMap((w) =>
      w.nodes.map((node) => ({
        document: w.extraction.document.id,
        node: node.id,
        json: JSON.stringify(node),
        own: node.id === owners.get(w.extraction.document.id),
      })),
    );
    if (links.length) await run.write(createContributions(links));
  }
  for (const [type, edges] of groupBy(edgesToWrite, (e) => e.type)) {
    await run.write(
      upsertEdges(
        ontology,
        type,
        edges.map((e) => ({ from: e.from, to: e.to, props: encodeEdge(e) })),
      ),
    );
  }
  return result;
}
