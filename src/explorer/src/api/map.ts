import type { DocumentInfo, EdgeInfo, EntityDetails, Label, NodeSummary, RelatedEntity } from './types.ts';

/** Raw shapes as the operations in queries.ts select them. */
export interface RawNode {
  id: string;
  kind: string;
  name: string;
  labels: Label[];
  aliases?: string[];
  code?: string | null;
  acronym?: string | null;
  date?: string | null;
  startDate?: string | null;
  year?: number | null;
}

export interface RawRelation {
  id: string;
  type: string;
  from: { id: string };
  to: { id: string };
  sourceIsAntecedent: boolean;
  evidence: Array<{
    document: { id: string; source: string; resolution: { code: string } | null };
    clause: { index: number; function: string };
    quote: string;
    start: number;
    end: number;
    rule: string;
  }>;
}

export interface RawEntity extends RawNode {
  title?: string | null;
  organ?: string | null;
  place?: string | null;
  session?: { id: string; name: string; labels: Label[] } | null;
  document?: { id: string } | null;
  relations: Array<{ id: string; type: string; from: RawNode; to: RawNode }>;
}

export interface RawDocument {
  id: string;
  source: string;
  language: string;
  text: string;
  resolution: { code: string; title: string | null } | null;
  clauses: DocumentInfo['clauses'];
  mentions: Array<{
    clause: { index: number };
    start: number;
    end: number;
    text: string;
    node: { id: string; kind: string; name: string };
  }>;
}

export function toNodeSummary(raw: RawNode): NodeSummary {
  // A year-only date stays a year ('1990'), never a made-up 1 January.
  const date = raw.date ?? raw.startDate ?? (raw.year ? String(raw.year).padStart(4, '0') : null);
  return {
    id: raw.id,
    kind: raw.kind,
    name: raw.name,
    labels: raw.labels,
    code: raw.code ?? null,
    acronym: raw.acronym ?? null,
    aliases: raw.aliases ?? [],
    date,
  };
}

export function toEdgeInfo(raw: RawRelation): EdgeInfo {
  return {
    id: raw.id,
    type: raw.type,
    from: raw.from.id,
    to: raw.to.id,
    sourceIsAntecedent: raw.sourceIsAntecedent,
    evidence: raw.evidence.map((e) => ({
      document: e.document.id,
      documentLabel: e.document.resolution?.code ?? e.document.source,
      clause: e.clause.index,
      clauseFunction: e.clause.function,
      quote: e.quote,
      start: e.start,
      end: e.end,
      rule: e.rule,
    })),
  };
}

export function toEntityDetails(raw: RawEntity): EntityDetails {
  const relations: RelatedEntity[] = [];
  for (const r of raw.relations) {
    // A self-loop is listed once, as outgoing.
    if (r.from.id === raw.id) {
      relations.push({ type: r.type, direction: 'out', edgeId: r.id, node: toNodeSummary(r.to) });
    } else {
      relations.push({ type: r.type, direction: 'in', edgeId: r.id, node: toNodeSummary(r.from) });
    }
  }
  return {
    ...toNodeSummary(raw),
    title: raw.title ?? null,
    organ: raw.organ ?? null,
    place: raw.place ?? null,
    session: raw.session ?? null,
    documentId: raw.document?.id ?? null,
    relations,
  };
}

export function toDocumentInfo(raw: RawDocument): DocumentInfo {
  return {
    id: raw.id,
    source: raw.source,
    language: raw.language,
    code: raw.resolution?.code ?? null,
    title: raw.resolution?.title ?? null,
    text: raw.text,
    clauses: raw.clauses,
    mentions: raw.mentions.map((m) => ({
      clause: m.clause.index,
      start: m.start,
      end: m.end,
      text: m.text,
      node: m.node,
    })),
  };
}
