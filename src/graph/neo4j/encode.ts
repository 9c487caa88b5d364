import neo4j, { type Integer } from 'neo4j-driver';
import type { Clause, DocumentRecord, Evidence, GraphEdge, GraphNode } from '../../model/index.js';
import {
  addEdgeProps,
  canonicalEdge,
  documentDate,
  type EdgePropsState,
  edgeId,
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

/** A whole number as a Neo4j INTEGER (the driver sends a plain JS number as FLOAT), so offsets and clause
 * indexes read as `long` lists in Cypher, as the CSV import writes them. */
const int = (value: number) => neo4j.int(value);
/** Read back: a number (the executor disables lossless integers) or an Integer from an encoded row. */
const num = (value: unknown): number =>
  neo4j.isInt(value) ? (value as Integer).toNumber() : (value as number);
const nums = (values: unknown): number[] => ((values as unknown[] | null) ?? []).map(num);
const strings = (values: unknown): string[] => (values as string[] | null) ?? [];

/** Relationship properties the store owns; a qualifier of one of these names is refused. */
const EDGE_RESERVED = new Set([
  'id',
  'qualifiers',
  'propsByDoc',
  'evidenceDocuments',
  'evidenceClauses',
  'evidenceFunctions',
  'evidenceQuotes',
  'evidenceStarts',
  'evidenceEnds',
  'evidenceRules',
]);

/**
 * Relationship properties, all plain values a Cypher user reads without decoding (the same shape as the
 * CSV import, src/export/csv.ts): evidence as parallel lists in canonical order (`evidenceQuotes[i]` is
 * stated in `evidenceDocuments[i]`, clause `evidenceClauses[i]`, ...), merged qualifiers as top-level
 * properties named in `qualifiers`, and `propsByDoc`, each document's qualifiers as JSON (merge
 * bookkeeping, so a document's share can be taken out again).
 */
export function encodeEdge(stored: StoredEdge): Record<string, unknown> {
  const edge = edgeOf(stored);
  const qualifiers = Object.keys(edge.props ?? {});
  const out: Record<string, unknown> = { id: edge.id };
  for (const key of qualifiers) {
    if (EDGE_RESERVED.has(key))
      throw new Error(`Relationship qualifier "${key}" is a name the store reserves`);
    out[key] = edge.props![key];
  }
  const ev = edge.evidence;
  return {
    ...out,
    qualifiers,
    evidenceDocuments: ev.map((e) => e.document),
    evidenceClauses: ev.map((e) => int(e.clause)),
    evidenceFunctions: ev.map((e) => e.function),
    evidenceQuotes: ev.map((e) => e.quote),
    evidenceStarts: ev.map((e) => int(e.start)),
    evidenceEnds: ev.map((e) => int(e.end)),
    evidenceRules: ev.map((e) => e.rule),
    propsByDoc: JSON.stringify(stored.propsByDoc),
  };
}

function decodeEvidence(p: Record<string, unknown>): Evidence[] {
  const documents = strings(p.evidenceDocuments);
  const clauses = nums(p.evidenceClauses);
  const functions = strings(p.evidenceFunctions) as Evidence['function'][];
  const quotes = strings(p.evidenceQuotes);
  const starts = nums(p.evidenceStarts);
  const ends = nums(p.evidenceEnds);
  const rules = strings(p.evidenceRules);
  return documents.map((document, i) => ({
    document,
    clause: clauses[i]!,
    function: functions[i]!,
    quote: quotes[i]!,
    start: starts[i]!,
    end: ends[i]!,
    rule: rules[i]!,
  }));
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
    evidence: decodeEvidence(p),
    propsByDoc: JSON.parse((p.propsByDoc as string | null) ?? '{}') as StoredEdge['propsByDoc'],
  };
}

/** The edge as the port returns it, from relationship properties (all of them, or those the lineage
 * statement returns: id, qualifiers and their values, evidence lists). */
export function decodeEdge(type: string, from: string, to: string, p: Record<string, unknown>): GraphEdge {
  const edge: GraphEdge = { id: p.id as string, type, from, to, evidence: decodeEvidence(p) };
  const qualifiers = strings(p.qualifiers);
  if (qualifiers.length) {
    const values = (p.qualifierValues as unknown[] | undefined) ?? qualifiers.map((k) => p[k]);
    edge.props = Object.fromEntries(
      qualifiers.map((k, i) => [k, neo4j.isInt(values[i]) ? num(values[i]) : values[i]]),
    ) as Record<string, string | number>;
  }
  return canonicalEdge(edge);
}

/** Relationship properties a lineage answer needs, as a Cypher map projection of `r` (decodeEdge reads it). */
export const EDGE_PAYLOAD_FIELDS =
  'qualifiers: r.qualifiers, qualifierValues: [k IN coalesce(r.qualifiers, []) | r[k]], evidenceDocuments: r.evidenceDocuments, evidenceClauses: r.evidenceClauses, evidenceFunctions: r.evidenceFunctions, evidenceQuotes: r.evidenceQuotes, evidenceStarts: r.evidenceStarts, evidenceEnds: r.evidenceEnds, evidenceRules: r.evidenceRules';

export interface EdgeKeyRecord {
  id: string;
  type: string;
  from: string;
  to: string;
}

/**
 * Document node properties, the text once and everything else as plain lists (no JSON copy): clauses as
 * parallel lists of function, span, lead verb and relation ('' when absent), mentions likewise, plus the
 * document's own node (ownNodeId) and what it contributed (node ids; relationships as parallel type/from/to
 * lists, the id being edgeId of the three), which a re-ingest or removal must revisit. A clause or mention
 * text is its span of `text`; were one not, the texts are stored as well (`clauseTexts`, `mentionTexts`).
 */
export function encodeDocument(
  doc: DocumentRecord,
  ownNode: string | null,
  nodeIds: string[],
  edgeKeys: EdgeKeyRecord[],
): Record<string, unknown> {
  const { text, clauses, mentions } = doc;
  const spans = (items: ReadonlyArray<{ start: number; end: number; text: string }>) =>
    items.every((c) => text.slice(c.start, c.end) === c.text) ? null : items.map((c) => c.text);
  return {
    id: doc.id,
    ownNode,
    source: doc.source,
    sha256: doc.sha256,
    knowledge: doc.knowledge ?? null,
    language: doc.language,
    text,
    clauseIndexes: clauses.every((c, i) => c.index === i) ? null : clauses.map((c) => int(c.index)),
    clauseFunctions: clauses.map((c) => c.function),
    clauseStarts: clauses.map((c) => int(c.start)),
    clauseEnds: clauses.map((c) => int(c.end)),
    clauseVerbs: clauses.map((c) => c.verb ?? ''),
    clauseRelations: clauses.map((c) => c.relation ?? ''),
    clauseTexts: spans(clauses),
    mentionNodes: mentions.map((m) => m.node),
    mentionClauses: mentions.map((m) => int(m.clause)),
    mentionStarts: mentions.map((m) => int(m.start)),
    mentionEnds: mentions.map((m) => int(m.end)),
    mentionTexts: spans(mentions),
    mentionDocuments: mentions.every((m) => m.document === doc.id) ? null : mentions.map((m) => m.document),
    nodeIds,
    edgeTypes: edgeKeys.map((k) => k.type),
    edgeFroms: edgeKeys.map((k) => k.from),
    edgeTos: edgeKeys.map((k) => k.to),
  };
}

/** A document's relationship keys from its stored lists. */
export function decodeEdgeKeys(p: {
  edgeTypes?: string[] | null;
  edgeFroms?: string[] | null;
  edgeTos?: string[] | null;
}): EdgeKeyRecord[] {
  const froms = p.edgeFroms ?? [];
  const tos = p.edgeTos ?? [];
  return (p.edgeTypes ?? []).map((type, i) => ({
    id: edgeId(type, froms[i]!, tos[i]!),
    type,
    from: froms[i]!,
    to: tos[i]!,
  }));
}

/** Clause texts of a stored document (spans of its text unless stored explicitly). */
export function decodeClauseTexts(p: Record<string, unknown>): string[] {
  if (Array.isArray(p.clauseTexts)) return p.clauseTexts as string[];
  const text = p.text as string;
  const ends = nums(p.clauseEnds);
  return nums(p.clauseStarts).map((start, i) => text.slice(start, ends[i]));
}

/** The DocumentRecord as written, from the document node's properties. */
export function decodeDocument(p: Record<string, unknown>): DocumentRecord {
  const text = p.text as string;
  const clauseTexts = decodeClauseTexts(p);
  const functions = strings(p.clauseFunctions) as Clause['function'][];
  const cStarts = nums(p.clauseStarts);
  const cEnds = nums(p.clauseEnds);
  const verbs = strings(p.clauseVerbs);
  const relations = strings(p.clauseRelations);
  const mStarts = nums(p.mentionStarts);
  const mEnds = nums(p.mentionEnds);
  const mClauses = nums(p.mentionClauses);
  const mTexts = Array.isArray(p.mentionTexts) ? (p.mentionTexts as string[]) : null;
  const mDocs = Array.isArray(p.mentionDocuments) ? (p.mentionDocuments as string[]) : null;
  const indexes = Array.isArray(p.clauseIndexes) ? nums(p.clauseIndexes) : null;
  const doc: DocumentRecord = {
    id: p.id as string,
    source: p.source as string,
    sha256: p.sha256 as string,
    ...(typeof p.knowledge === 'string' ? { knowledge: p.knowledge } : {}),
    language: p.language as DocumentRecord['language'],
    text,
    clauses: functions.map((fn, i) => ({
      index: indexes?.[i] ?? i,
      function: fn,
      start: cStarts[i]!,
      end: cEnds[i]!,
      text: clauseTexts[i]!,
      ...(verbs[i] ? { verb: verbs[i] } : {}),
      ...(relations[i] ? { relation: relations[i] } : {}),
    })),
    mentions: strings(p.mentionNodes).map((node, i) => ({
      document: mDocs?.[i] ?? (p.id as string),
      clause: mClauses[i]!,
      start: mStarts[i]!,
      end: mEnds[i]!,
      text: mTexts?.[i] ?? text.slice(mStarts[i], mEnds[i]),
      node,
    })),
  };
  return doc;
}
