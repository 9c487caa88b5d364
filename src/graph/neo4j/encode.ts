import type { DocumentRecord, Evidence, GraphEdge, GraphNode } from '../../model/index.js';
import {
  addEdgeProps,
  canonicalEdge,
  documentDate,
  type EdgePropsState,
  edgePropsFromState,
  fold,
  foldedTokens,
  type NodeMergeState,
  nodeFromState,
  placementDate,
  searchFieldsOf,
} from '../lineage/index.js';

/** Top-level entity properties the store owns; an ontology property with one of these names stays only in `json`. */
const RESERVED = new Set([
  'id',
  'kind',
  'name',
  'code',
  'acronym',
  'aliases',
  'json',
  'mergeFields',
  'mergeNames',
  'nameKeys',
  'nameFolds',
  'nameTokens',
  'titleTokens',
  'textTokens',
  'searchTokens',
  'placementDate',
  'docDate',
]);

const distinct = (values: Iterable<string>): string[] => [...new Set(values)].sort();

/**
 * Properties of an entity node. `json` is the merged node exactly as the port returns it; `mergeFields` and
 * `mergeNames` are its NodeMergeState (so new contributions merge incrementally); the folded lists and
 * tokens serve findByName and search; top-level copies of ontology properties serve indexes and Cypher users.
 */
export function encodeNode(state: NodeMergeState, clauseTexts: readonly string[]): Record<string, unknown> {
  const node = nodeFromState(state);
  const fields = searchFieldsOf(node, clauseTexts);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node.props)) {
    if (value !== undefined && !RESERVED.has(key)) out[key] = value;
  }
  const nameTokens = distinct(fields.names.flatMap(foldedTokens));
  const titleTokens = distinct(fields.title ? foldedTokens(fields.title) : []);
  const textTokens = distinct(fields.text ? foldedTokens(fields.text) : []);
  const keySources = [node.name, node.acronym, ...node.aliases, ...Object.values(node.labels)];
  return {
    ...out,
    id: node.id,
    kind: node.kind,
    name: node.name,
    code: node.code ?? null,
    acronym: node.acronym ?? null,
    aliases: node.aliases,
    json: JSON.stringify(node),
    mergeFields: JSON.stringify(state.fields),
    mergeNames: state.names,
    nameKeys: distinct(keySources.filter((n): n is string => !!n).map(fold)),
    nameFolds: distinct(fields.names.map(fold)),
    nameTokens,
    titleTokens,
    textTokens,
    searchTokens: distinct([...nameTokens, ...titleTokens, ...textTokens]).join(' '),
    placementDate: placementDate(node.props) ?? null,
    docDate: documentDate(node.props) ?? null,
  };
}

export function decodeNode(json: string): GraphNode {
  return JSON.parse(json) as GraphNode;
}

/** The merge state stored on an entity node. */
export function decodeMergeState(id: string, fields: string, names: string[] | null): NodeMergeState {
  return { id, fields: JSON.parse(fields) as NodeMergeState['fields'], names: names ?? [] };
}

/** What the store keeps per relationship: merged evidence and qualifiers, and each document's qualifiers
 * so a document's share can be taken out again. */
export interface StoredEdge {
  id: string;
  type: string;
  from: string;
  to: string;
  evidence: Evidence[];
  propsByDoc: Record<string, Record<string, string | number>>;
}

export function edgeOf(stored: StoredEdge): GraphEdge {
  let state: EdgePropsState = {};
  for (const [doc, props] of Object.entries(stored.propsByDoc)) state = addEdgeProps(state, doc, props);
  const props = edgePropsFromState(state);
  return canonicalEdge({
    id: stored.id,
    type: stored.type,
    from: stored.from,
    to: stored.to,
    ...(props ? { props } : {}),
    evidence: stored.evidence,
  });
}

/** Relationship properties: evidence as a list of JSON strings (one per place the fact is stated, in
 * canonical order), the documents stating it, merged qualifiers, and per-document qualifiers. */
export function encodeEdge(stored: StoredEdge): Record<string, unknown> {
  const edge = edgeOf(stored);
  return {
    id: edge.id,
    evidence: edge.evidence.map((e) => JSON.stringify(e)),
    evidenceDocs: distinct(edge.evidence.map((e) => e.document)),
    propsJson: edge.props ? JSON.stringify(edge.props) : null,
    propsByDoc: JSON.stringify(stored.propsByDoc),
  };
}

export function decodeStoredEdge(
  type: string,
  from: string,
  to: string,
  p: Record<string, unknown>,
): StoredEdge {
  return {
    id: p.id as string,
    type,
    from,
    to,
    evidence: ((p.evidence as string[] | null) ?? []).map((e) => JSON.parse(e) as Evidence),
    propsByDoc: JSON.parse((p.propsByDoc as string | null) ?? '{}') as StoredEdge['propsByDoc'],
  };
}

/** The edge as the port returns it, from relationship properties. */
export function decodeEdge(type: string, from: string, to: string, p: Record<string, unknown>): GraphEdge {
  const edge: GraphEdge = {
    id: p.id as string,
    type,
    from,
    to,
    evidence: ((p.evidence as string[] | null) ?? []).map((e) => JSON.parse(e) as Evidence),
  };
  if (typeof p.propsJson === 'string')
    edge.props = JSON.parse(p.propsJson) as Record<string, string | number>;
  return canonicalEdge(edge);
}

export interface EdgeKeyRecord {
  id: string;
  type: string;
  from: string;
  to: string;
}

/** Document node properties: the record as JSON (returned exactly as written), its text for the full-text
 * index, its clause texts, its own node (ownNodeId), and the ids it contributed (what a re-ingest or removal must revisit). */
export function encodeDocument(
  doc: DocumentRecord,
  ownNode: string | null,
  nodeIds: string[],
  edgeKeys: EdgeKeyRecord[],
): Record<string, unknown> {
  return {
    id: doc.id,
    ownNode,
    source: doc.source,
    sha256: doc.sha256,
    knowledge: doc.knowledge ?? null,
    language: doc.language,
    text: doc.text,
    json: JSON.stringify(doc),
    clauseTexts: doc.clauses.map((c) => c.text),
    nodeIds,
    edgeKeys: JSON.stringify(edgeKeys),
  };
}

export function decodeDocument(json: string): DocumentRecord {
  return JSON.parse(json) as DocumentRecord;
}
