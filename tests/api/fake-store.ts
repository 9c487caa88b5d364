import { NotFoundError } from '../../src/errors.js';
import {
  checkDepth,
  checkKinds,
  checkPageSize,
  checkRelationTypes,
  decodeCursor,
  encodeCursor,
  fold,
  placementDate,
  searchFieldsOf,
  searchScore,
  searchTerms,
} from '../../src/graph/lineage/index.js';
import type {
  EdgeQuery,
  GraphStore,
  LineageCounts,
  LineageKeys,
  LineageQuery,
  LineageResult,
  Page,
  PathQuery,
  PathResult,
  SearchHit,
  SearchQuery,
  StoredSource,
  StoreStats,
  TimelineItem,
  TimelineQuery,
  WriteOutcome,
} from '../../src/graph/store.js';
import type { DocumentRecord, Extraction, GraphEdge, GraphNode } from '../../src/model/index.js';
import { loadOntology } from '../../src/ontology/index.js';

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * In-memory GraphStore for API unit tests: plain maps, the shared pure rules from src/graph/lineage,
 * and a simple BFS. It follows docs/store-semantics.md closely enough for resolvers; the contract
 * suite, not this file, is the reference for the real adapters.
 */
export class FakeStore implements GraphStore {
  readonly name = 'embedded' as const;
  private readonly ontology = loadOntology();
  readonly nodes = new Map<string, GraphNode>();
  readonly edgeMap = new Map<string, GraphEdge>();
  readonly documents = new Map<string, DocumentRecord>();

  constructor(data: { nodes?: GraphNode[]; edges?: GraphEdge[]; documents?: DocumentRecord[] } = {}) {
    for (const n of data.nodes ?? []) this.nodes.set(n.id, n);
    for (const e of data.edges ?? []) this.edgeMap.set(e.id, e);
    for (const d of data.documents ?? []) this.documents.set(d.id, d);
  }

  async init(): Promise<void> {}
  async close(): Promise<void> {}
  async health(): Promise<{ ok: true }> {
    return { ok: true };
  }

  async writeDocuments(extractions: Extraction[]): Promise<WriteOutcome[]> {
    return extractions.map((x) => {
      this.documents.set(x.document.id, x.document);
      for (const n of x.nodes) this.nodes.set(n.id, n);
      for (const e of x.edges) this.edgeMap.set(e.id, e);
      return { status: 'written', document: x.document.id, nodes: x.nodes.length, edges: x.edges.length };
    });
  }
  async removeDocument(id: string): Promise<boolean> {
    return this.documents.delete(id);
  }
  async documentHashes(ids: string[]): Promise<Map<string, string>> {
    return new Map(
      ids.flatMap((id) => (this.documents.has(id) ? [[id, this.documents.get(id)!.sha256]] : [])),
    );
  }
  async documentIds(): Promise<string[]> {
    return [...this.documents.keys()].sort();
  }
  async documentsByHash(hashes: string[]): Promise<StoredSource[]> {
    const wanted = new Set(hashes);
    return [...this.documents.values()]
      .filter((d) => wanted.has(d.sha256))
      .map((d) => ({
        id: d.id,
        source: d.source,
        sha256: d.sha256,
        language: d.language,
        knowledge: d.knowledge ?? null,
        nodes: 0,
        edges: 0,
      }))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
  }
  async isEmpty(): Promise<boolean> {
    return this.nodes.size === 0 && this.documents.size === 0;
  }

  async getNodes(ids: string[]): Promise<Array<GraphNode | null>> {
    return ids.map((id) => this.nodes.get(id) ?? null);
  }
  async getDocuments(ids: string[]): Promise<Array<DocumentRecord | null>> {
    return ids.map((id) => this.documents.get(id) ?? null);
  }
  async findByCode(code: string): Promise<GraphNode | null> {
    return [...this.nodes.values()].sort(byId).find((n) => n.code === code) ?? null;
  }
  async findByName(name: string, kinds?: string[]): Promise<GraphNode[]> {
    const wanted = fold(name);
    if (!wanted) return [];
    return [...this.nodes.values()]
      .filter((n) => !kinds?.length || kinds.includes(n.kind))
      .filter((n) =>
        [n.name, n.acronym, ...n.aliases, ...Object.values(n.labels)].some((v) => v && fold(v) === wanted),
      )
      .sort(byId);
  }

  async search(query: SearchQuery): Promise<Page<SearchHit>> {
    checkPageSize(query.first);
    const kinds = checkKinds(query.kinds, this.ontology);
    const terms = searchTerms(query.text);
    const after = query.after ? decodeCursor(query.after, ['number', 'string'] as const) : undefined;
    const hits = [...this.nodes.values()]
      .filter((n) => !kinds || kinds.has(n.kind))
      .map((node) => {
        const doc = this.documents.get(node.id);
        const score = searchScore(
          query.text,
          terms,
          searchFieldsOf(
            node,
            doc?.clauses.map((c) => c.text),
          ),
        );
        return { node, score, cursor: encodeCursor([score, node.id]) };
      })
      .filter((h) => h.score > 0)
      .sort((a, b) => b.score - a.score || byId(a.node, b.node))
      .filter((h) => !after || h.score < after[0] || (h.score === after[0] && h.node.id > after[1]));
    const items = hits.slice(0, query.first);
    return { items, hasNextPage: hits.length > items.length, endCursor: items.at(-1)?.cursor ?? null };
  }

  async edges(query: EdgeQuery): Promise<GraphEdge[]> {
    const ids = new Set(query.ids);
    return [...this.edgeMap.values()]
      .filter((e) => !query.types?.length || query.types.includes(e.type))
      .filter(
        (e) => (query.direction !== 'in' && ids.has(e.from)) || (query.direction !== 'out' && ids.has(e.to)),
      )
      .sort(byId);
  }

  async relations(type: string | undefined, first: number, after?: string): Promise<Page<GraphEdge>> {
    checkPageSize(first);
    if (type) checkRelationTypes([type], this.ontology);
    const from = after ? decodeCursor(after, ['string'] as const)[0] : undefined;
    const all = [...this.edgeMap.values()]
      .filter((e) => !type || e.type === type)
      .filter((e) => from === undefined || e.id > from)
      .sort(byId);
    const items = all.slice(0, first);
    const last = items.at(-1);
    return {
      items,
      hasNextPage: all.length > items.length,
      endCursor: last ? encodeCursor([last.id]) : null,
    };
  }

  async lineage(query: LineageQuery): Promise<LineageResult> {
    const start = this.nodes.get(query.id);
    if (!start) throw new NotFoundError(`No node ${query.id}`);
    checkDepth(query.depth);
    const types = checkRelationTypes(query.relationTypes, this.ontology);
    const hop = new Map<string, number>([[start.id, 0]]);
    const truncated: LineageResult['truncated'] = [];
    const edges = new Map<string, GraphEdge>();
    let frontier = [start.id];
    for (let h = 1; h <= query.depth && frontier.length; h++) {
      const found = new Map<string, GraphEdge[]>();
      for (const e of this.edgeMap.values()) {
        if (!types.includes(e.type)) continue;
        const step = this.ontology.step(e.type, query.direction);
        for (const u of frontier) {
          const next =
            (step !== 'in' && e.from === u ? e.to : undefined) ??
            (step !== 'out' && e.to === u ? e.from : undefined);
          if (next === undefined || !this.nodes.has(next)) continue;
          if (hop.has(next) && hop.get(next)! < h) {
            if (hop.get(next)! >= 0) edges.set(e.id, e);
            continue;
          }
          found.set(next, [...(found.get(next) ?? []), e]);
        }
      }
      const candidates = [...found.keys()].sort();
      const kept = query.perHopLimit ? candidates.slice(0, query.perHopLimit) : candidates;
      if (candidates.length > kept.length)
        truncated.push({ hop: h, omitted: candidates.length - kept.length });
      for (const id of candidates) hop.set(id, kept.includes(id) ? h : -1);
      for (const id of kept) for (const e of found.get(id)!) edges.set(e.id, e);
      frontier = kept;
    }
    const nodes = [...hop.entries()]
      .filter(([, h]) => h >= 0)
      .map(([id, h]) => ({ node: this.nodes.get(id)!, hop: h }))
      .sort((a, b) => a.hop - b.hop || byId(a.node, b.node));
    const kept = new Set(nodes.map((n) => n.node.id));
    return {
      nodes,
      edges: [...edges.values()].filter((e) => kept.has(e.from) && kept.has(e.to)).sort(byId),
      truncated,
    };
  }

  async lineageKeys(query: LineageQuery): Promise<LineageKeys> {
    const result = await this.lineage(query);
    return {
      nodes: result.nodes.map(({ node, hop }) => ({ id: node.id, kind: node.kind, hop })),
      edges: result.edges.map(({ id, type, from, to }) => ({ id, type, from, to })),
      truncated: result.truncated,
    };
  }

  async lineageCounts(query: Omit<LineageQuery, 'perHopLimit'>): Promise<LineageCounts> {
    const result = await this.lineage(query);
    const byKind = new Map<string, number>();
    for (const { node } of result.nodes) byKind.set(node.kind, (byKind.get(node.kind) ?? 0) + 1);
    return {
      perHop: Array.from({ length: query.depth }, (_, i) => ({
        hop: i + 1,
        nodes: result.nodes.filter((n) => n.hop === i + 1).length,
      })),
      nodes: result.nodes.length,
      edges: result.edges.length,
      byKind: [...byKind.entries()].sort().map(([kind, count]) => ({ kind, count })),
    };
  }

  async path(query: PathQuery): Promise<PathResult | null> {
    const types = checkRelationTypes(query.relationTypes, this.ontology);
    if (!this.nodes.has(query.from) || !this.nodes.has(query.to)) return null;
    const previous = new Map<string, { node: string; edge: GraphEdge } | null>([[query.from, null]]);
    let frontier = [query.from];
    for (let depth = 0; depth < query.maxDepth && !previous.has(query.to); depth++) {
      const next: string[] = [];
      for (const u of frontier.sort()) {
        for (const e of [...this.edgeMap.values()].sort(byId)) {
          if (!types.includes(e.type)) continue;
          const other = e.from === u ? e.to : e.to === u ? e.from : undefined;
          if (other && !previous.has(other)) {
            previous.set(other, { node: u, edge: e });
            next.push(other);
          }
        }
      }
      frontier = next;
    }
    if (!previous.has(query.to)) return null;
    const nodes: GraphNode[] = [];
    const edges: GraphEdge[] = [];
    for (let at: string | undefined = query.to; at; ) {
      nodes.unshift(this.nodes.get(at)!);
      const step = previous.get(at);
      if (step) edges.unshift(step.edge);
      at = step?.node;
    }
    return { nodes, edges };
  }

  async timeline(query: TimelineQuery): Promise<TimelineItem[]> {
    return [...this.nodes.values()]
      .map((node) => ({ node, date: placementDate(node.props) }))
      .filter((i): i is TimelineItem => !!i.date)
      .filter((i) => (!query.from || i.date >= query.from) && (!query.to || i.date <= query.to))
      .filter((i) => !query.kinds?.length || query.kinds.includes(i.node.kind))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : byId(a.node, b.node)))
      .slice(0, query.limit);
  }

  async stats(): Promise<StoreStats> {
    const count = (values: string[]) => {
      const counts: Record<string, number> = {};
      for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
      return counts;
    };
    return {
      documents: this.documents.size,
      nodes: this.nodes.size,
      edges: this.edgeMap.size,
      nodesByKind: count([...this.nodes.values()].map((n) => n.kind)),
      edgesByType: count([...this.edgeMap.values()].map((e) => e.type)),
    };
  }

  async exportAll() {
    return {
      nodes: [...this.nodes.values()].sort(byId).map(({ props, ...rest }) => ({ ...rest, ...props })),
      edges: [...this.edgeMap.values()].sort(byId),
    };
  }
}

/** A store wrapper that counts calls per method (for the N+1 test) and can inject failures or delays. */
export function instrument(
  store: GraphStore,
  options: { fail?: (method: string) => Error | undefined; delayMs?: number } = {},
): { store: GraphStore; calls: Map<string, number>; total: () => number } {
  const calls = new Map<string, number>();
  const wrapped = new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || typeof property !== 'string') return value;
      return async (...args: unknown[]) => {
        calls.set(property, (calls.get(property) ?? 0) + 1);
        if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
        const failure = options.fail?.(property);
        if (failure) throw failure;
        return value.apply(target, args);
      };
    },
  });
  return { store: wrapped, calls, total: () => [...calls.values()].reduce((a, b) => a + b, 0) };
}
