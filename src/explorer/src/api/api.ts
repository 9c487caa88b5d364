import { type Fetch, request } from './client.ts';
import {
  type RawDocument,
  type RawEntity,
  type RawNode,
  type RawRelation,
  toDocumentInfo,
  toEdgeInfo,
  toEntityDetails,
  toNodeSummary,
} from './map.ts';
import {
  DOCUMENT_QUERY,
  ENTITY_QUERY,
  LINEAGE_QUERY,
  ONTOLOGY_QUERY,
  PATH_QUERY,
  SEARCH_QUERY,
} from './queries.ts';
import type {
  DocumentInfo,
  EntityDetails,
  Neighbourhood,
  NodeSummary,
  OntologySummary,
  PathInfo,
  SearchPage,
} from './types.ts';

/** A lineage walk's arguments (the explorer's LineageRequest has the same shape). */
export interface LineageWalk {
  direction: 'UPSTREAM' | 'DOWNSTREAM' | 'BOTH';
  depth: number;
  types: string[];
  asOf: string | null;
}

/** The API's largest per-hop limit: the explorer fetches whole neighbourhoods and caps them itself. */
export const NEIGHBOURS_FETCH_LIMIT = 100;

/** The API's largest path search depth (src/graph/limits.ts): the explorer always asks for all of it. */
export const PATH_MAX_DEPTH = 12;

/**
 * The explorer's only door to the data. Read results are cached by their arguments: the graph is
 * read-only while the explorer is open, and re-rendering a state must not refetch what it already has.
 */
export class LineageApi {
  private readonly cache = new Map<string, Promise<unknown>>();

  constructor(private readonly fetchImpl?: Fetch) {}

  private cached<T>(key: string, load: () => Promise<T>): Promise<T> {
    const hit = this.cache.get(key);
    if (hit) return hit as Promise<T>;
    const pending = load();
    this.cache.set(key, pending);
    // Failures are not cached, so "retry" really retries.
    pending.catch(() => this.cache.delete(key));
    return pending;
  }

  private run<T>(query: string, variables: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
    return request<T>(query, variables, { signal, fetch: this.fetchImpl });
  }

  ontology(): Promise<OntologySummary> {
    return this.cached('ontology', async () => {
      const data = await this.run<{ ontology: OntologySummary }>(ONTOLOGY_QUERY, {});
      return data.ontology;
    });
  }

  async search(text: string, first: number, signal?: AbortSignal): Promise<NodeSummary[]> {
    return (await this.searchPage(text, first, null, signal)).nodes;
  }

  /** One page of search hits, best first; `after` is the previous page's cursor. */
  async searchPage(
    text: string,
    first: number,
    after: string | null,
    signal?: AbortSignal,
  ): Promise<SearchPage> {
    const data = await this.run<{
      search: {
        edges: Array<{ node: RawNode }>;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    }>(SEARCH_QUERY, { text, first, after }, signal);
    return {
      nodes: data.search.edges.map((e) => toNodeSummary(e.node)),
      next: data.search.pageInfo.hasNextPage ? data.search.pageInfo.endCursor : null,
    };
  }

  neighbours(id: string): Promise<Neighbourhood> {
    return this.lineage(id, { direction: 'BOTH', depth: 1, types: [], asOf: null });
  }

  /** A lineage walk from `id` (API `lineage`), as one neighbourhood centred on `id`. */
  lineage(id: string, walk: LineageWalk): Promise<Neighbourhood> {
    const key = `lineage:${walk.direction}:${walk.depth}:${walk.types.join(',')}:${walk.asOf}:${id}`;
    return this.cached(key, async () => {
      const data = await this.run<{
        lineage: {
          nodes: Array<{ hop: number; node: RawNode }>;
          edges: RawRelation[];
          truncated: Array<{ hop: number; omitted: number }>;
        };
      }>(LINEAGE_QUERY, {
        id,
        direction: walk.direction,
        depth: walk.depth,
        relationTypes: walk.types.length > 0 ? walk.types : null,
        asOf: walk.asOf,
        limit: NEIGHBOURS_FETCH_LIMIT,
      });
      const { lineage } = data;
      return {
        center: id,
        nodes: lineage.nodes.map((n) => toNodeSummary(n.node)),
        edges: lineage.edges.map(toEdgeInfo),
        omitted: lineage.truncated.reduce((sum, t) => sum + t.omitted, 0),
      };
    });
  }

  /** The API's shortest path (either direction), following only `types` (all when empty). */
  path(from: string, to: string, types: string[] = []): Promise<PathInfo | null> {
    return this.cached(`path:${types.join(',')}:${from}\n${to}`, async () => {
      const data = await this.run<{ path: { nodes: RawNode[]; edges: RawRelation[] } | null }>(PATH_QUERY, {
        from,
        to,
        maxDepth: PATH_MAX_DEPTH,
        relationTypes: types.length > 0 ? types : null,
      });
      if (!data.path) return null;
      return { nodes: data.path.nodes.map(toNodeSummary), edges: data.path.edges.map(toEdgeInfo) };
    });
  }

  entity(id: string): Promise<EntityDetails> {
    return this.cached(`entity:${id}`, async () => {
      const data = await this.run<{ entity: RawEntity | null }>(ENTITY_QUERY, { id });
      if (!data.entity) throw new Error(`No entity with id ${id}.`);
      return toEntityDetails(data.entity);
    });
  }

  document(id: string): Promise<DocumentInfo> {
    return this.cached(`document:${id}`, async () => {
      const data = await this.run<{ document: RawDocument | null }>(DOCUMENT_QUERY, { id });
      if (!data.document) throw new Error(`No document with id ${id}.`);
      return toDocumentInfo(data.document);
    });
  }

  /**
   * Every stored language version of a document (`document:<code>.<lang>`, docs/extraction.md), the given one
   * included, as `{language, id}` in fr, en, es order.
   */
  async languageVersions(id: string): Promise<Array<{ language: string; id: string }>> {
    const stem = /^(document:.+)\.[a-z]{2}$/.exec(id)?.[1];
    if (!stem) return [];
    const found = await Promise.all(
      ['fr', 'en', 'es'].map(async (language) => {
        const candidate = `${stem}.${language}`;
        if (candidate === id) return { language, id };
        try {
          await this.document(candidate);
          return { language, id: candidate };
        } catch {
          return null;
        }
      }),
    );
    return found.filter((v): v is { language: string; id: string } => v !== null);
  }
}
