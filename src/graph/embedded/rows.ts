import type { ClauseFunction, DocumentRecord, Evidence, GraphEdge, GraphNode } from '../../model/index.js';

/** Row shapes of the embedded store's tables and their mapping to model values. */
export interface NodeRow {
  id: string;
  kind: string;
  name: string;
  code: string | null;
  acronym: string | null;
  aliases: string;
  labels: string;
  props: string;
}

export interface EdgeRow {
  id: string;
  type: string;
  from_id: string;
  to_id: string;
  props: string | null;
  /** Canonical evidence JSON (sorted, de-duplicated when written). */
  evidence: string;
}

export interface EvidenceRow {
  edge: string;
  document: string;
  clause: number;
  function: string;
  quote: string;
  start: number;
  end: number;
  rule: string;
}

export interface DocumentRow {
  id: string;
  source: string;
  sha256: string;
  language: string;
  text: string;
  clauses: string;
  mentions: string;
  knowledge: string | null;
}

export const NODE_COLUMNS = 'id, kind, name, code, acronym, aliases, labels, props';

export function nodeFromRow(row: NodeRow): GraphNode {
  const node = { id: row.id, kind: row.kind, name: row.name } as GraphNode;
  if (row.code !== null) node.code = row.code;
  if (row.acronym !== null) node.acronym = row.acronym;
  node.aliases = JSON.parse(row.aliases);
  node.labels = JSON.parse(row.labels);
  node.props = JSON.parse(row.props);
  return node;
}

export function evidenceFromRow(row: EvidenceRow): Evidence {
  return {
    document: row.document,
    clause: row.clause,
    function: row.function as ClauseFunction,
    quote: row.quote,
    start: row.start,
    end: row.end,
    rule: row.rule,
  };
}

export const EDGE_COLUMNS = 'id, type, from_id, to_id, props, evidence';

export function edgeFromRow(row: EdgeRow): GraphEdge {
  const edge = { id: row.id, type: row.type, from: row.from_id, to: row.to_id } as GraphEdge;
  if (row.props !== null) edge.props = JSON.parse(row.props);
  edge.evidence = JSON.parse(row.evidence);
  return edge;
}

export function documentFromRow(row: DocumentRow): DocumentRecord {
  const record: DocumentRecord = {
    id: row.id,
    source: row.source,
    sha256: row.sha256,
    language: row.language as DocumentRecord['language'],
    text: row.text,
    clauses: JSON.parse(row.clauses),
    mentions: JSON.parse(row.mentions),
  };
  if (row.knowledge !== null) record.knowledge = row.knowledge;
  return record;
}
