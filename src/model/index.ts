/**
 * The graph's value types, shared by extraction, both stores, the API and the explorer.
 * Kinds and relation types are plain strings validated against graph/ontology.yaml.
 */

import type { Language } from '../ontology/generated.js';

export type { Language };

/** Where a fact was said: one span of one clause of one document. Offsets index the original source text. */
export interface Evidence {
  /** Id of the DocumentRecord that states the fact: `document:<code>.<lang>` (docs/extraction.md). */
  document: string;
  /** Clause index within the document (0-based, in reading order; see DocumentRecord.clauses). */
  clause: number;
  /** Clause function: 'header' | 'title' | 'opening' | 'preamble' | 'operative' | 'status' | 'other'. */
  function: ClauseFunction;
  /** Exact quote: sourceText.slice(start, end) === quote. */
  quote: string;
  start: number;
  end: number;
  /** Id of the extraction rule that produced the fact. */
  rule: string;
}

export type ClauseFunction = 'header' | 'title' | 'opening' | 'preamble' | 'operative' | 'status' | 'other';

/** A mention of an entity in a document (for highlighting in the reader and for "mentionedIn"). */
export interface Mention {
  document: string;
  clause: number;
  start: number;
  end: number;
  text: string;
}

export interface GraphNode {
  /** Stable id: `<idPrefix>:<key>` derived from a code or a normalised name, so re-ingest never duplicates. */
  id: string;
  kind: string;
  /** Display name (English label when known, else the first seen). */
  name: string;
  code?: string;
  acronym?: string;
  aliases: string[];
  /** Per-language labels, e.g. { fr: 'Groupe de travail CMII', en: 'CMII Working Group' }. */
  labels: Partial<Record<Language, string>>;
  /** Kind-specific properties (see ontology properties): number, title, language, date, status, organ,
   * bodyType, year, ordinal, place, startDate, endDate. Dates are ISO 'YYYY-MM-DD' strings. */
  props: NodeProps;
}

export interface NodeProps {
  number?: number;
  title?: string;
  language?: Language;
  /** ISO date of adoption / issue. */
  date?: string;
  status?: 'adopted' | 'draft' | 'unknown';
  organ?: string;
  bodyType?: string;
  year?: number;
  ordinal?: number;
  place?: string;
  startDate?: string;
  endDate?: string;
  [key: string]: string | number | boolean | undefined;
}

export interface GraphEdge {
  /** Stable id: `${type}:${from}->${to}`. */
  id: string;
  type: string;
  from: string;
  to: string;
  /** Optional qualifiers, e.g. { year: 2012 } for "set up in 2012 within ...". */
  props?: Record<string, string | number>;
  evidence: Evidence[];
}

export interface Clause {
  index: number;
  function: ClauseFunction;
  /** Lead verb or participle as written ("RAPPELANT", "decides"), if any. */
  verb?: string;
  /** The relation kind the lead verb maps to, if any. */
  relation?: string;
  start: number;
  end: number;
  text: string;
}

/** One ingested source document, kept for provenance and the document reader. */
export interface DocumentRecord {
  /** `document:<code>.<lang>`: one per language version; both versions yield the same Resolution node. */
  id: string;
  /** Path relative to the ingest root, or the file name. */
  source: string;
  /** sha256 of the source bytes: unchanged files are skipped on re-ingest. */
  sha256: string;
  /**
   * Fingerprint of the extraction knowledge (`ingest/**` and the extractor version) this record was extracted
   * with: the same bytes with a different fingerprint are extracted again. Absent on records written before it existed.
   */
  knowledge?: string;
  language: Language;
  /** Plain text in which all offsets are expressed (for .md/.txt the file itself; for .html/.pdf the extracted text). */
  text: string;
  clauses: Clause[];
  mentions: Array<Mention & { node: string }>;
}

export interface ExtractionWarning {
  code: string;
  message: string;
  start?: number;
  end?: number;
}

/** What extraction yields for one document: everything a store needs to replace that document's facts. */
export interface Extraction {
  document: DocumentRecord;
  nodes: GraphNode[];
  edges: GraphEdge[];
  warnings: ExtractionWarning[];
}

/** The graph as exported by `lineage export --format json`. */
export interface GraphExport {
  nodes: Array<Omit<GraphNode, 'props'> & { [prop: string]: unknown }>;
  edges: GraphEdge[];
}
