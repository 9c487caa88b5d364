import type { GraphNode } from '../../../model/index.js';
import { decodeClauseTexts, decodeEdgeKeys, decodeMergeState, decodeStoredEdge } from '../encode.js';
import type { DocumentState, StoredFacts } from './plan.js';

/**
 * Rows as both writers read them (maps built in Cypher, one shape whether a batch reads them all in one
 * statement or the naive writer one row at a time), and their decoding into the plan's inputs.
 */
export interface FactRows {
  nodes: Array<{ id: string; fields: string | null; names: string[] | null }>;
  contributions: Array<{ id: string; document: string; node: string; own: boolean | null }>;
  ownTexts: Array<{ id: string; document: string } & Record<string, unknown>>;
  edges: Array<{ id: string; type: string; from: string; to: string; props: Record<string, unknown> }>;
}

export interface StoredDocumentRow {
  id: string;
  sha256: string;
  knowledge?: string | null;
  ownNode: string | null;
  nodeIds: string[] | null;
  edgeTypes: string[] | null;
  edgeFroms: string[] | null;
  edgeTos: string[] | null;
}

export function decodeDocumentState(row: StoredDocumentRow): DocumentState {
  return {
    id: row.id,
    sha256: row.sha256,
    knowledge: row.knowledge ?? null,
    ownNode: row.ownNode ?? null,
    nodeIds: row.nodeIds ?? [],
    edgeKeys: decodeEdgeKeys(row),
  };
}

export function decodeFacts(rows: FactRows): StoredFacts {
  const facts: StoredFacts = {
    nodes: new Map(),
    contributions: new Map(),
    ownTexts: new Map(),
    edges: new Map(),
  };
  for (const { id, fields, names } of rows.nodes) {
    // A node locked for the first time has no merge state yet.
    if (fields !== null && fields !== undefined) facts.nodes.set(id, decodeMergeState(id, fields, names));
  }
  for (const { id, document, node, own } of rows.contributions) {
    const list = facts.contributions.get(id) ?? [];
    list.push({ document, node: JSON.parse(node) as GraphNode, own: own === true });
    facts.contributions.set(id, list);
  }
  for (const row of rows.ownTexts) {
    const list = facts.ownTexts.get(row.id) ?? [];
    list.push([row.document, decodeClauseTexts(row)]);
    facts.ownTexts.set(row.id, list);
  }
  for (const { id, type, from, to, props } of rows.edges)
    facts.edges.set(id, decodeStoredEdge(type, from, to, props));
  return facts;
}
