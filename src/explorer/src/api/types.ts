/** The explorer's view of API values: flat, kind-agnostic shapes mapped from GraphQL responses. */

export interface Label {
  language: string;
  text: string;
}

export interface NodeSummary {
  id: string;
  kind: string;
  name: string;
  labels: Label[];
  code: string | null;
  acronym: string | null;
  /** Other names the node is known by (exports carry them). */
  aliases: string[];
  /** When the node is placed in time: its date or start date ('YYYY-MM-DD'), or only its year ('YYYY'). */
  date: string | null;
}

export interface EvidenceInfo {
  document: string;
  /** How to name the document: the code of the resolution it is, else its source file. */
  documentLabel: string;
  clause: number;
  clauseFunction: string;
  quote: string;
  start: number;
  end: number;
  rule: string;
}

export interface EdgeInfo {
  id: string;
  type: string;
  from: string;
  to: string;
  /** True when the source is the upstream end (the earlier one in a lineage). */
  sourceIsAntecedent: boolean;
  evidence: EvidenceInfo[];
}

export interface Neighbourhood {
  center: string;
  /** The centre first, then its neighbours in the API's order. */
  nodes: NodeSummary[];
  edges: EdgeInfo[];
  /** Neighbours the API itself left out (beyond its per-hop limit). */
  omitted: number;
}

export interface PathInfo {
  nodes: NodeSummary[];
  edges: EdgeInfo[];
}

export interface RelatedEntity {
  type: string;
  direction: 'out' | 'in';
  edgeId: string;
  node: NodeSummary;
}

export interface EntityDetails extends NodeSummary {
  title: string | null;
  organ: string | null;
  place: string | null;
  session: { id: string; name: string; labels: Label[] } | null;
  /** The ingested document this entity is, if any. */
  documentId: string | null;
  relations: RelatedEntity[];
}

export interface DocumentClause {
  index: number;
  function: string;
  verb: string | null;
  relation: string | null;
  start: number;
  end: number;
  text: string;
}

export interface DocumentMention {
  clause: number;
  start: number;
  end: number;
  text: string;
  node: { id: string; kind: string; name: string };
}

export interface DocumentInfo {
  id: string;
  source: string;
  language: string;
  code: string | null;
  title: string | null;
  text: string;
  clauses: DocumentClause[];
  mentions: DocumentMention[];
}

export interface SearchPage {
  nodes: NodeSummary[];
  /** Cursor for the next page; null on the last one. */
  next: string | null;
}

export interface TimelineEntry {
  date: string;
  node: NodeSummary;
}

export interface OntologySummary {
  nodeKinds: Array<{ kind: string; description: string }>;
  relationKinds: Array<{ type: string; description: string; sourceIsAntecedent: boolean }>;
}
