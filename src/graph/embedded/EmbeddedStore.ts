import { existsSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { NotFoundError, StoreUnavailableError } from '../../errors.js';
import type { DocumentRecord, Extraction, GraphEdge, GraphExport, GraphNode } from '../../model/index.js';
import { loadOntology, type Ontology } from '../../ontology/index.js';
import {
  checkKinds,
  checkLineageQuery,
  checkPageSize,
  checkPathDepth,
  checkPositiveInt,
  checkRelationTypes,
  compareStrings,
  edgeId,
} from '../lineage/index.js';
import type {
  EdgeQuery,
  GraphStore,
  LineageCounts,
  LineageKeys,
  LineageKeysOptions,
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
} from '../store.js';
import { Adjacency } from './adjacency.js';
import { DEFAULT_BUSY_TIMEOUT_MS, mapSqliteError, openDatabase } from './database.js';
import { DecodedRows } from './decodedRows.js';
import { GraphReader } from './reader.js';
import { Searcher } from './search.js';
import { shortestPath, walkLineage } from './traversal.js';
import { DocumentWriter } from './writer.js';
import { acquireIngestLock, type IngestLock, type LockOptions } from './writerLock.js';

/** Decoded rows by adjacency index, in the order asked (shared, frozen values). */
interface Rows {
  nodes(indices: readonly number[]): GraphNode[];
  edges(indices: readonly number[]): GraphEdge[];
}

/** How many decoded nodes, and edges, lineage and path keep between calls (decodedRows.ts). */
const DECODED_ROWS_LIMIT = 50_000;

/** The traversal index and the rows decoded for it, dropped together when the database changes. */
interface Snapshot {
  index: Adjacency;
  nodes: DecodedRows<GraphNode>;
  edges: DecodedRows<GraphEdge>;
  version: number;
  writes: number;
}

interface Open {
  db: Database.Database;
  path: string;
  reader: GraphReader;
  writer: DocumentWriter;
  searcher: Searcher;
  dataVersion: Database.Statement<[], number>;
}

export interface EmbeddedStoreOptions {
  ontology?: Ontology;
  /** How long to wait for another process's write lock (default 10 s). */
  busyTimeoutMs?: number;
  /** Open without creating or writing anything (readers); a missing store is an error, not a new empty one. */
  readOnly?: boolean;
  /**
   * Open for a long write (ingest, reindex): `init` first takes the data directory's writer lock, waiting
   * up to `waitMs` for another writer to finish, and `close` releases it.
   */
  writerLock?: LockOptions;
}

/**
 * The default store: one SQLite file (`<dataDir>/lineage.sqlite`, WAL) plus an in-memory adjacency index for
 * traversals, rebuilt lazily after any write by this or another process (detected with PRAGMA data_version).
 */
export class EmbeddedStore implements GraphStore {
  readonly name = 'embedded' as const;
  private open?: Open;
  private adjacency?: Snapshot;
  private writes = 0;

  private readonly ontology: Ontology;
  private readonly busyTimeoutMs: number;
  private readonly readOnly: boolean;
  private readonly writerLock?: LockOptions;
  private lock?: IngestLock;

  constructor(
    readonly dataDir: string,
    options: EmbeddedStoreOptions = {},
  ) {
    this.ontology = options.ontology ?? loadOntology();
    this.busyTimeoutMs = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
    this.readOnly = options.readOnly ?? false;
    this.writerLock = options.writerLock;
  }

  async init(): Promise<void> {
    if (this.writerLock && !this.lock) this.lock = await acquireIngestLock(this.dataDir, this.writerLock);
    try {
      this.connection();
    } catch (error) {
      this.releaseLock();
      throw error;
    }
  }

  async close(): Promise<void> {
    this.open?.db.close();
    this.open = undefined;
    this.adjacency = undefined;
    this.releaseLock();
  }

  private releaseLock(): void {
    this.lock?.release();
    this.lock = undefined;
  }

  async health(): Promise<{ ok: true }> {
    return this.run(({ db, path }) => {
      // Read data, not a constant: a corrupt page or a deleted file must fail the check.
      if (!existsSync(path)) throw new StoreUnavailableError(`Embedded store ${path} is missing`, { path });
      db.prepare('SELECT count(*) FROM documents').get();
      db.prepare('SELECT id FROM nodes ORDER BY id LIMIT 1').get();
      db.prepare('SELECT count(*) FROM edges').get();
      return { ok: true as const };
    });
  }

  async writeDocuments(extractions: Extraction[]): Promise<WriteOutcome[]> {
    let outcomes: WriteOutcome[] | undefined;
    try {
      outcomes = this.run(({ writer }) => writer.writeAll(extractions));
      return outcomes;
    } finally {
      // A failed call may have committed earlier batches: drop the traversal index then too.
      if (!outcomes || outcomes.some((o) => o.status === 'written')) this.writes++;
    }
  }

  async removeDocument(id: string): Promise<boolean> {
    const removed = this.run(({ writer }) => writer.remove(id));
    if (removed) this.writes++;
    return removed;
  }

  async documentHashes(ids: string[]): Promise<Map<string, string>> {
    return this.run(({ reader }) => reader.documentHashes(ids));
  }

  async documentIds(): Promise<string[]> {
    return this.run(({ reader }) => reader.documentIds());
  }

  async documentsByHash(hashes: string[]): Promise<StoredSource[]> {
    return this.run(({ reader }) => reader.documentsByHash(hashes));
  }

  async isEmpty(): Promise<boolean> {
    return this.run(({ reader }) => reader.isEmpty());
  }

  async getNodes(ids: string[]): Promise<Array<GraphNode | null>> {
    return this.run(({ reader }) => reader.getNodes(ids));
  }

  async getDocuments(ids: string[]): Promise<Array<DocumentRecord | null>> {
    return this.run(({ reader }) => reader.getDocuments(ids));
  }

  async findByCode(code: string): Promise<GraphNode | null> {
    return this.run(({ reader }) => reader.findByCode(code));
  }

  async findByName(name: string, kinds?: string[]): Promise<GraphNode[]> {
    const kindSet = checkKinds(kinds, this.ontology);
    return this.run(({ reader }) => reader.findByName(name, kindSet));
  }

  async search(query: SearchQuery): Promise<Page<SearchHit>> {
    checkPageSize(query.first);
    const kinds = checkKinds(query.kinds, this.ontology);
    return this.run(({ searcher }) => searcher.search(query, kinds));
  }

  async edges(query: EdgeQuery): Promise<GraphEdge[]> {
    const types = query.types?.length ? new Set(checkRelationTypes(query.types, this.ontology)) : undefined;
    return this.run(({ reader }) => reader.edges(query, types));
  }

  async relations(type: string | undefined, first: number, after?: string): Promise<Page<GraphEdge>> {
    checkPageSize(first);
    if (type !== undefined) checkRelationTypes([type], this.ontology);
    return this.run(({ reader }) => reader.relations(type, first, after));
  }

  /** Check a lineage query, walk it on the adjacency index, and shape the answer inside the read. */
  private walked<T>(
    query: LineageQuery,
    answer: (adj: Adjacency, walk: ReturnType<typeof walkLineage>, rows: Rows) => T,
  ): T {
    const { relationTypes } = checkLineageQuery(query, this.ontology);
    return this.run(({ reader }) => {
      const snapshot = this.snapshot();
      const adj = snapshot.index;
      const start = this.startIndex(adj, query.id);
      const walk = walkLineage(adj, this.ontology, { ...query, start, relationTypes });
      return answer(adj, walk, this.rows(snapshot, reader));
    }, true);
  }

  /** Nodes and edges by adjacency index, decoded once per snapshot (the walk's answers repeat them). */
  private rows(snapshot: Snapshot, reader: GraphReader): Rows {
    const adj = snapshot.index;
    return {
      nodes: (indices) =>
        snapshot.nodes.get(indices, (missing) =>
          reader.getNodesByRowids(missing.map((i) => adj.nodeRowids[i]!)),
        ),
      edges: (indices) =>
        snapshot.edges.get(indices, (missing) =>
          reader.getEdgesByRowids(missing.map((e) => adj.edgeRowids[e]!)),
        ),
    };
  }

  async lineage(query: LineageQuery): Promise<LineageResult> {
    return this.walked(query, (_adj, walk, rows) => {
      const nodes = rows.nodes(walk.nodes);
      return {
        nodes: nodes.map((node, i) => ({ node, hop: walk.hops[i]! })),
        edges: rows.edges(walk.edges),
        truncated: walk.truncated,
      };
    });
  }

  async lineageKeys(query: LineageQuery, options: LineageKeysOptions = {}): Promise<LineageKeys> {
    const withEdges = options.edges !== false;
    return this.walked(query, (adj, walk) => ({
      nodes: walk.nodes.map((i, k) => ({
        id: adj.nodeIds[i]!,
        kind: adj.kinds[adj.kindOf[i]!]!,
        hop: walk.hops[k]!,
      })),
      // Ordered by id like `lineage`: the walk lists edges in that order.
      edges: (withEdges ? walk.edges : []).map((e) => {
        const type = adj.types[adj.edgeType[e]!]!;
        const from = adj.nodeIds[adj.edgeFrom[e]!]!;
        const to = adj.nodeIds[adj.edgeTo[e]!]!;
        return { id: edgeId(type, from, to), type, from, to };
      }),
      truncated: walk.truncated,
    }));
  }

  async lineageCounts(query: Omit<LineageQuery, 'perHopLimit'>): Promise<LineageCounts> {
    return this.walked({ ...query, perHopLimit: undefined }, (adj, walk) => {
      const byKind = new Map<string, number>();
      for (const i of walk.nodes) {
        const kind = adj.kinds[adj.kindOf[i]!]!;
        byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
      }
      return {
        perHop: walk.perHop.map((nodes, i) => ({ hop: i + 1, nodes })),
        nodes: walk.nodes.length,
        edges: walk.edges.length,
        byKind: [...byKind]
          .sort(([a], [b]) => compareStrings(a, b))
          .map(([kind, count]) => ({ kind, count })),
      };
    });
  }

  async path(query: PathQuery): Promise<PathResult | null> {
    checkPathDepth(query.maxDepth);
    const relationTypes = checkRelationTypes(query.relationTypes, this.ontology);
    return this.run(({ reader }) => {
      const snapshot = this.snapshot();
      const adj = snapshot.index;
      const from = adj.nodeIndex.get(query.from);
      const to = adj.nodeIndex.get(query.to);
      if (from === undefined || to === undefined) return null;
      const found = shortestPath(adj, from, to, relationTypes, query.maxDepth);
      if (!found) return null;
      const rows = this.rows(snapshot, reader);
      return { nodes: rows.nodes(found.nodes), edges: rows.edges(found.edges) };
    }, true);
  }

  async timeline(query: TimelineQuery): Promise<TimelineItem[]> {
    checkPositiveInt(query.limit, 'limit');
    const kinds = checkKinds(query.kinds, this.ontology);
    return this.run(({ reader }) => reader.timeline(query.from, query.to, kinds, query.limit));
  }

  async stats(): Promise<StoreStats> {
    return this.run(({ reader }) => reader.stats());
  }

  async exportAll(): Promise<GraphExport> {
    return this.run(({ reader }) => reader.exportAll(), true);
  }

  private connection(): Open {
    if (this.open) return this.open;
    const { db, path } = openDatabase(this.dataDir, this.busyTimeoutMs, { readOnly: this.readOnly });
    this.open = {
      db,
      path,
      reader: new GraphReader(db),
      writer: new DocumentWriter(db, this.ontology),
      searcher: new Searcher(db),
      dataVersion: db.prepare<[], number>('PRAGMA data_version').pluck(),
    };
    return this.open;
  }

  /** Run against the open database, mapping "cannot use the database" SQLite errors to StoreUnavailableError. */
  private run<T>(fn: (open: Open) => T, snapshot = false): T {
    const open = this.connection();
    try {
      // Multi-query reads run in one read transaction so they see one consistent state.
      return snapshot ? open.db.transaction(() => fn(open))() : fn(open);
    } catch (error) {
      throw mapSqliteError(error, open.path, this.busyTimeoutMs);
    }
  }

  /**
   * The adjacency index and its decoded rows, rebuilt when this process wrote or another process committed
   * since they were built.
   */
  private snapshot(): Snapshot {
    const open = this.connection();
    const version = open.dataVersion.get() ?? 0;
    const cached = this.adjacency;
    if (cached && cached.version === version && cached.writes === this.writes) return cached;
    const index = open.db.transaction(() => new Adjacency(open.db))();
    this.adjacency = {
      index,
      nodes: new DecodedRows(index.nodeIds.length, DECODED_ROWS_LIMIT),
      edges: new DecodedRows(index.edgeRowids.length, DECODED_ROWS_LIMIT),
      version,
      writes: this.writes,
    };
    return this.adjacency;
  }

  private startIndex(adj: Adjacency, id: string): number {
    const start = adj.nodeIndex.get(id);
    if (start === undefined) throw new NotFoundError(`No node with id "${id}"`, { id });
    return start;
  }
}
