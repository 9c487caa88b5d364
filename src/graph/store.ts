import type {
  DocumentRecord,
  Evidence,
  Extraction,
  GraphEdge,
  GraphExport,
  GraphNode,
} from '../model/index.js';
import type { Direction } from '../ontology/index.js';

/** Outcome of writing one document's extraction. */
export type WriteOutcome =
  | { status: 'written'; document: string; nodes: number; edges: number }
  | { status: 'unchanged'; document: string }
  | { status: 'failed'; document: string; error: string };

/** What ingest needs to know about a stored document to skip its file before extracting it. */
export interface StoredSource {
  id: string;
  source: string;
  sha256: string;
  language: string;
  /** DocumentRecord.knowledge; null when written without one. */
  knowledge: string | null;
  /** Nodes and edges the document contributes. */
  nodes: number;
  edges: number;
}

export interface LineageQuery {
  id: string;
  direction: Direction;
  /** Maximum hops (1..MAX_LINEAGE_DEPTH). */
  depth: number;
  /** Only follow these relation types (all when absent or empty). */
  relationTypes?: string[];
  /** Only follow edges whose evidence comes from documents dated on or before this ISO date,
   * and only include nodes whose own date (if any) is on or before it. */
  asOf?: string;
  /** At most this many new nodes per hop (in the defined order); the rest are counted in `truncated`. */
  perHopLimit?: number;
}

export interface LineageNode {
  node: GraphNode;
  /** Shortest number of hops from the start node (0 for the start). */
  hop: number;
}

export interface LineageResult {
  /** Start node first (hop 0), then by hop, then by node id. */
  nodes: LineageNode[];
  /** Edges between returned nodes that were traversed, ordered by id. */
  edges: GraphEdge[];
  /** One entry per hop where nodes were left out by perHopLimit. */
  truncated: Array<{ hop: number; omitted: number }>;
}

/**
 * The structure of a lineage walk without the stored data: what `lineage` returns, reduced to node ids,
 * kinds and hops and to edge ids, types and ends (same order, same truncation). For callers that read
 * nothing else, e.g. an API request selecting only ids.
 */
export interface LineageKeys {
  nodes: Array<{ id: string; kind: string; hop: number }>;
  edges: Array<{ id: string; type: string; from: string; to: string }>;
  truncated: Array<{ hop: number; omitted: number }>;
}

export interface LineageKeysOptions {
  /** Include the walk's edges (default true). */
  edges?: boolean;
}

export interface LineageCounts {
  /** Count of distinct nodes reached at each hop (1..depth), without perHopLimit. */
  perHop: Array<{ hop: number; nodes: number }>;
  nodes: number;
  edges: number;
  byKind: Array<{ kind: string; count: number }>;
}

export interface PathQuery {
  from: string;
  to: string;
  relationTypes?: string[];
  maxDepth: number;
}

export interface PathResult {
  /** Nodes from `from` to `to` in path order. */
  nodes: GraphNode[];
  /** Edges in path order; each edge keeps its stored direction and full evidence. */
  edges: GraphEdge[];
}

export interface SearchQuery {
  text: string;
  kinds?: string[];
  first: number;
  /** Opaque keyset cursor from a previous page. */
  after?: string;
}

export interface SearchHit {
  node: GraphNode;
  score: number;
  /** Keyset cursor of this hit (encodes score and id). */
  cursor: string;
}

export interface Page<T> {
  items: T[];
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface TimelineQuery {
  from?: string;
  to?: string;
  kinds?: string[];
  limit?: number;
}

export interface TimelineItem {
  node: GraphNode;
  /** The date the item is placed at (date, startDate, or year-01-01), ISO. */
  date: string;
}

export interface EdgeQuery {
  /** Node ids whose edges are wanted. */
  ids: string[];
  /** 'out': edges whose `from` is in ids; 'in': whose `to` is in ids; 'both'. */
  direction: 'out' | 'in' | 'both';
  types?: string[];
}

export interface StoreStats {
  documents: number;
  nodes: number;
  edges: number;
  nodesByKind: Record<string, number>;
  edgesByType: Record<string, number>;
}

/** The part of a request's budget a store's reads must respect. */
export interface ReadBudget {
  /** Aborted at the request's deadline or first budget breach; `reason` is the error to answer with. */
  signal: AbortSignal;
  /** Epoch ms after which no read may still run (a server-side transaction timeout, where there is one). */
  deadline: number;
}

/**
 * The port every store implements (embedded SQLite, Neo4j). One contract suite (tests/contract)
 * runs the same scenarios against each adapter; results, including their order, must be identical.
 * Orders: nodes by id unless stated; edges by id; search by score desc then id asc.
 */
export interface GraphStore {
  readonly name: 'embedded' | 'neo4j';
  /** Create schema / open files. Idempotent. */
  init(): Promise<void>;
  close(): Promise<void>;
  /** Cheap liveness check; throws StoreUnavailableError when the backend is down. */
  health(): Promise<{ ok: true }>;
  /**
   * A view of this store whose reads stop at the budget: they reject with `signal.reason` once it is aborted,
   * and a store with a server gives each read the remaining time as its transaction timeout. Absent when reads
   * cannot be interrupted (the embedded store's are synchronous, each bounded by the API's limits).
   */
  scoped?(budget: ReadBudget): GraphStore;

  /** Replace each document's facts atomically (one document = one transaction at least). */
  writeDocuments(extractions: Extraction[]): Promise<WriteOutcome[]>;
  /** Remove a document and every fact whose only evidence it was. */
  removeDocument(id: string): Promise<boolean>;
  /** sha256 of stored documents, to skip unchanged files. */
  documentHashes(ids: string[]): Promise<Map<string, string>>;
  /** Ids of every stored document, sorted (for `lineage reindex`). */
  documentIds(): Promise<string[]>;
  /** Stored documents whose source bytes have one of these sha256 hashes, ordered by id. */
  documentsByHash(hashes: string[]): Promise<StoredSource[]>;
  isEmpty(): Promise<boolean>;

  /** Batched lookups: result[i] belongs to ids[i] (null when absent). */
  getNodes(ids: string[]): Promise<Array<GraphNode | null>>;
  getDocuments(ids: string[]): Promise<Array<DocumentRecord | null>>;
  /** Exact code lookup after canonicalisation (callers pass canonical codes). */
  findByCode(code: string): Promise<GraphNode | null>;
  /** Name, acronym, alias or label in any language; case- and accent-insensitive; ordered by id. */
  findByName(name: string, kinds?: string[]): Promise<GraphNode[]>;
  search(query: SearchQuery): Promise<Page<SearchHit>>;

  /** Edges touching the given nodes (batched; for DataLoader). Ordered by id. */
  edges(query: EdgeQuery): Promise<GraphEdge[]>;
  /** All edges of one type, keyset-paginated by edge id. */
  relations(type: string | undefined, first: number, after?: string): Promise<Page<GraphEdge>>;

  lineage(query: LineageQuery): Promise<LineageResult>;
  /**
   * `lineage` reduced to its structure (LineageKeys), without reading node or edge data. With
   * `{ edges: false }` the edges are left out (`[]`): the same nodes and hops, for callers that select none.
   */
  lineageKeys(query: LineageQuery, options?: LineageKeysOptions): Promise<LineageKeys>;
  lineageCounts(query: Omit<LineageQuery, 'perHopLimit'>): Promise<LineageCounts>;
  /** Shortest path ignoring direction, following only the given types; null when none within maxDepth. */
  path(query: PathQuery): Promise<PathResult | null>;
  timeline(query: TimelineQuery): Promise<TimelineItem[]>;

  stats(): Promise<StoreStats>;
  exportAll(): Promise<GraphExport>;
}

export type { Evidence };
