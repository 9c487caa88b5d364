import type { GraphStore, WriteOutcome } from '../../src/graph/store.js';
import type { ExtractInput, Extractor } from '../../src/ingest/extractor.js';
import type { Extraction, GraphEdge, GraphNode, Language } from '../../src/model/index.js';

const CODE = /\b[A-Z]{2,5}-\d{4}-RES-\d{2}\b/g;

/**
 * A tiny stand-in extractor for pipeline tests: the first resolution code is the document, each later
 * code is RECALLS-ed with the line that names it as evidence. French or English by a few stop words.
 */
export const fakeExtractor: Extractor = {
  detectLanguage(text) {
    const words = text.toLowerCase().split(/[^a-zà-ÿ]+/);
    const count = (list: string[]) => words.filter((w) => list.includes(w)).length;
    const fr = count(['le', 'la', 'les', 'des', 'du']);
    const en = count(['the', 'of', 'and', 'to']);
    if (fr + en === 0) return { language: null, confidence: 0 };
    const language: Language = fr >= en ? 'fr' : 'en';
    return { language, confidence: Math.max(fr, en) / (fr + en) };
  },
  extract(input: ExtractInput): Extraction {
    const codes = [...input.text.matchAll(CODE)];
    const first = codes[0];
    if (!first) throw Object.assign(new Error('no resolution code found'), { code: 'NO_RESOLUTION' });
    const id = `resolution:${first[0]}`;
    const node = (code: string): GraphNode => ({
      id: `resolution:${code}`,
      kind: 'Resolution',
      name: code,
      code,
      aliases: [],
      labels: {},
      props: {},
    });
    const edges: GraphEdge[] = codes.slice(1).map((match) => {
      const start = input.text.lastIndexOf('\n', match.index) + 1;
      const lineEnd = input.text.indexOf('\n', match.index);
      const end = lineEnd === -1 ? input.text.length : lineEnd;
      return {
        id: `RECALLS:${id}->resolution:${match[0]}`,
        type: 'RECALLS',
        from: id,
        to: `resolution:${match[0]}`,
        evidence: [
          {
            document: id,
            clause: 0,
            function: 'preamble',
            quote: input.text.slice(start, end),
            start,
            end,
            rule: 'fake',
          },
        ],
      };
    });
    return {
      document: {
        id,
        source: input.source,
        sha256: input.sha256,
        language: input.language ?? 'en',
        text: input.text,
        clauses: [],
        mentions: [],
      },
      nodes: [...new Set(codes.map((c) => c[0]))].map(node),
      edges,
      warnings: [],
    };
  },
};

/** An in-memory store with just what the pipeline uses: documents and their facts, replaced per document. */
export class MemoryStore implements Pick<GraphStore, 'documentHashes' | 'writeDocuments'> {
  readonly documents = new Map<string, Extraction>();
  writeCalls = 0;
  failOn?: string;

  async documentHashes(ids: string[]): Promise<Map<string, string>> {
    const hashes = new Map<string, string>();
    for (const id of ids) {
      const stored = this.documents.get(id);
      if (stored) hashes.set(id, stored.document.sha256);
    }
    return hashes;
  }

  async writeDocuments(extractions: Extraction[]): Promise<WriteOutcome[]> {
    this.writeCalls++;
    return extractions.map((extraction) => {
      const document = extraction.document.id;
      if (document === this.failOn) return { status: 'failed', document, error: 'disk full' };
      this.documents.set(document, extraction);
      return { status: 'written', document, nodes: extraction.nodes.length, edges: extraction.edges.length };
    });
  }

  /** Edge ids across all stored documents, sorted: what an export would show. */
  edgeIds(): string[] {
    return [...this.documents.values()].flatMap((e) => e.edges.map((edge) => edge.id)).sort();
  }
}
