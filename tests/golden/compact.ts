import type { Extraction } from '../../src/model/index.js';

/** The curated view of an extraction a golden file holds: what a reviewer checks against the text. */
export interface GoldenDocument {
  source: string;
  document: string;
  resolution: {
    id: string;
    code?: string;
    number?: number;
    title?: string;
    language?: string;
    status?: string;
    date?: string;
    year?: number;
    /** Session or meeting the resolution was adopted at. */
    adoptedAt: string[];
  };
  nodes: Array<{ id: string; kind: string; name: string; code?: string }>;
  edges: Array<{ type: string; from: string; to: string; rules: string[] }>;
}

export function compact(source: string, extraction: Extraction): GoldenDocument {
  const own = extraction.nodes.find(
    (n) => n.kind === 'Resolution' && n.props.language === extraction.document.language,
  )!;
  const p = own.props;
  return {
    source,
    document: extraction.document.id,
    resolution: {
      id: own.id,
      code: own.code,
      ...(p.number !== undefined ? { number: p.number } : {}),
      ...(p.title !== undefined ? { title: p.title } : {}),
      language: p.language,
      status: p.status,
      ...(p.date !== undefined ? { date: p.date } : {}),
      ...(p.year !== undefined ? { year: p.year } : {}),
      adoptedAt: extraction.edges
        .filter((e) => e.type === 'ADOPTED_AT' && e.from === own.id)
        .map((e) => e.to),
    },
    nodes: extraction.nodes
      .map((n) => ({ id: n.id, kind: n.kind, name: n.name, ...(n.code ? { code: n.code } : {}) }))
      .sort((a, b) => a.id.localeCompare(b.id)),
    edges: extraction.edges
      .map((e) => ({
        type: e.type,
        from: e.from,
        to: e.to,
        rules: [...new Set(e.evidence.map((v) => v.rule))].sort(),
      }))
      .sort((a, b) => `${a.type} ${a.from} ${a.to}`.localeCompare(`${b.type} ${b.from} ${b.to}`)),
  };
}
