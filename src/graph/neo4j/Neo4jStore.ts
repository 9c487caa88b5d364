import type { Record as Neo4jRecord } from 'neo4j-driver';
import { BadInputError, StoreUnavailableError } from '../../errors.js';
import type { DocumentRecord, Extraction, GraphEdge, GraphExport, GraphNode } from '../../model/index.js';
import { loadOntology, type Ontology } from '../../ontology/index.js';
import {
  checkKinds,
  checkPageSize,
  checkPathDepth,
  checkPositiveInt,
  checkRelationTypes,
  compareStrings,
  decodeCursor,
  encodeCursor,
  exportNode,
  fold,
  foldedTokens,
  type PreparedExtraction,
  searchTerms,
  validateExtraction,
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
  ReadBudget,
  SearchHit,
  SearchQuery,
  StoredSource,
  StoreStats,
  TimelineItem,
  TimelineQuery,
  WriteOutcome,
} from '../store.js';
import { reads } from './builders/index.js';
import type { CypherQuery } from './cypher.js';
import { decodeDocument, decodeEdge, decodeNode } from './encode.js';
import { CypherExecutor, type Neo4jConnection } from './executor.js';
import { readLineage, readLineageCounts, readLineageKeys } from './lineage.js';
import { findPath } from './path.js';
import { schemaStatements } from './schema.js';
import { warmUpQueries } from './warmUp.js';
import { applyBatch, type BatchResult } from './write/index.js';

/** Documents per write transaction, measured (docs/neo4j-store.md, "Batch size"). */
export const DEFAULT_BATCH_SIZE = 250;

/**
 * A writer other than the batched one, run with auto-commit statements instead of one managed transaction:
 * the benchmark's one-statement-per-row baseline (bench/neo4j-naive/) plugs in here, so no benchmark code
 * ships in the store.
 */
export interface AutoCommitWriter {
  /** Documents per call. */
  batchSize: number;
  apply(
    autoCommit: (query: CypherQuery) => Promise<Neo4jRecord[]>,
    ontology: Ontology,
    writes: PreparedExtraction[],
    removals: string[],
  ): Promise<BatchResult>;
}

export interface Neo4jStoreOptions {
  /** Plan the common read statements in the background once `init()` has applied the schema (warmUp.ts):
   * for a server (`lineage serve` sets it). Default false: one-shot commands and tests would only pay for it. */
  warmUp?: boolean;
  /** Default: the batched writer, one transaction of three statements per batch (write/applyBatch.ts). */
  writer?: AutoCommitWriter;
  batchSize?: number;
  ontology?: Ontology;
}

export class Neo4jStore implements GraphStore {
  readonly name = 'neo4j' as const;
  private readonly executor: CypherExecutor;
  private readonly ontology: Ontology;
  private readonly writer: AutoCommitWriter | undefined;
  private readonly batchSize: number;
  private readonly warmUpAtInit: boolean;
  private warming: Promise<void> | undefined;
  private closed = false;
  /** Set on the views `scoped` returns: every read of the view respects it. */
  private budget: ReadBudget | undefined;

  constructor(
    connection: Partial<Neo4jConnection> & { user?: string; password?: string },
    options: Neo4jStoreOptions = {},
  ) {
    if (!connection.uri) throw new StoreUnavailableError('Neo4j store selected but NEO4J_URI is not set');
    this.executor = new CypherExecutor({
      uri: connection.uri,
      user: connection.user ?? 'neo4j',
      password: connection.password ?? '',
      database: connection.database,
    });
    this.ontology = options.ontology ?? loadOntology();
    this.writer = options.writer;
    this.batchSize = options.writer?.batchSize ?? options.batchSize ?? DEFAULT_BATCH_SIZE;
    checkPositiveInt(this.batchSize, 'batchSize');
    this.warmUpAtInit = options.warmUp ?? false;
  }

  /** Apply the ontology's schema (graph/constraints.cypher). Statements are idempotent; those whose
   * constraint or index already exists are skipped to keep start-up to one round trip. */
  async init(): Promise<void> {
    const existing = new Set<string>();
    for (const query of [reads.constraintNames(), reads.indexNames()]) {
      for (const r of await this.read(query)) existing.add(r.get('name'));
    }
    const missing = schemaStatements(this.ontology).filter((s) => !existing.has(s.name));
    for (const statement of missing) await this.executor.autoCommit({ cypher: statement.cypher, params: {} });
    if (missing.length) await this.executor.autoCommit(reads.awaitIndexes());
    if (this.warmUpAtInit) void this.warmUp();
  }

  /**
   * Plan the common read statements (warmUp.ts), one after the other, so no request pays for planning;
   * started by `init()` without waiting (the store answers meanwhile; a shape not planned yet is planned on
   * first use). Resolves when all are planned; a failing one is skipped.
   */
  warmUp(): Promise<void> {
    this.warming ??= (async () => {
      for (const query of warmUpQueries(this.ontology)) {
        if (this.closed) return;
        await this.read(query).catch(() => undefined);
      }
    })();
    return this.warming;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.executor.close();
  }

  async health(): Promise<{ ok: true }> {
    await this.executor.read(reads.ping());
    return { ok: true };
  }

  /** Delete every node and relationship (tests and benchmarks). */
  async clear(): Promise<void> {
    await this.executor.write(reads.clearAll());
  }

  // ---- writes ----

  async writeDocuments(extractions: Extraction[]): Promise<WriteOutcome[]> {
    const outcomes: WriteOutcome[] = new Array(extractions.length);
    let batch: Array<{ index: number; prepared: PreparedExtraction }> = [];
    const flush = async () => {
      if (batch.length) await this.writeBatch(batch, outcomes);
      batch = [];
    };
    for (const [index, extraction] of extractions.entries()) {
      const checked = validateExtraction(extraction, this.ontology);
      if (!checked.ok) {
        const document = String(extraction?.document?.id ?? `#${index}`);
        outcomes[index] = { status: 'failed', document, error: checked.problems.join('; ') };
        continue;
      }
      const id = checked.value.extraction.document.id;
      // A document id repeated in one call is written in a later batch, so it sees the first one.
      if (batch.length >= this.batchSize || batch.some((b) => b.prepared.extraction.document.id === id))
        await flush();
      batch.push({ index, prepared: checked.value });
    }
    await flush();
    return outcomes;
  }

  private async writeBatch(
    batch: Array<{ index: number; prepared: PreparedExtraction }>,
    outcomes: WriteOutcome[],
  ): Promise<void> {
    try {
      const result = await this.runBatch(
        batch.map((b) => b.prepared),
        [],
      );
      for (const { index, prepared } of batch) {
        const document = prepared.extraction.document.id;
        outcomes[index] = result.written.has(document)
          ? { status: 'written', document, nodes: prepared.nodes.length, edges: prepared.edges.length }
          : { status: 'unchanged', document };
      }
    } catch (error) {
      if (error instanceof StoreUnavailableError) throw error;
      if (batch.length > 1) {
        // Isolate the document that failed: the others are still written.
        for (const item of batch) await this.writeBatch([item], outcomes);
        return;
      }
      const { index, prepared } = batch[0]!;
      const message = error instanceof Error ? error.message : String(error);
      outcomes[index] = { status: 'failed', document: prepared.extraction.document.id, error: message };
    }
  }

  private runBatch(writes: PreparedExtraction[], removals: string[]) {
    if (this.writer)
      return this.writer.apply((query) => this.executor.autoCommit(query), this.ontology, writes, removals);
    return this.executor.transaction('WRITE', (tx) => applyBatch(tx, this.ontology, writes, removals));
  }

  async removeDocument(id: string): Promise<boolean> {
    const result = await this.runBatch([], [id]);
    return result.removed.has(id);
  }

  async documentHashes(ids: string[]): Promise<Map<string, string>> {
    const records = await this.read(reads.documentHashes(ids));
    return new Map(records.map((r) => [r.get('id') as string, r.get('sha256') as string]));
  }

  async documentIds(): Promise<string[]> {
    return (await this.read(reads.documentIds())).map((r) => r.get('id') as string);
  }

  async documentsByHash(hashes: string[]): Promise<StoredSource[]> {
    if (hashes.length === 0) return [];
    const records = await this.read(reads.documentsByHash(hashes));
    return records.map((r) => ({
      id: r.get('id') as string,
      source: r.get('source') as string,
      sha256: r.get('sha256') as string,
      language: r.get('language') as string,
      knowledge: (r.get('knowledge') as string | null) ?? null,
      nodes: (r.get('nodes') as number | null) ?? 0,
      edges: (r.get('edges') as number | null) ?? 0,
    }));
  }

  async isEmpty(): Promise<boolean> {
    const [record] = await this.read(reads.isEmpty());
    return record!.get('empty') as boolean;
  }

  // ---- lookups ----

  async getNodes(ids: string[]): Promise<Array<GraphNode | null>> {
    if (ids.length === 0) return [];
    const byId = new Map(
      (await this.read(reads.getNodes([...new Set(ids)]))).map((r) => [r.get('id'), r.get('json')]),
    );
    return ids.map((id) => {
      const json = byId.get(id);
      return json ? decodeNode(json) : null;
    });
  }

  async getDocuments(ids: string[]): Promise<Array<DocumentRecord | null>> {
    if (ids.length === 0) return [];
    const byId = new Map(
      (await this.read(reads.getDocuments([...new Set(ids)]))).map((r) => [r.get('id'), r.get('props')]),
    );
    return ids.map((id) => {
      const props = byId.get(id);
      return props ? decodeDocument(props) : null;
    });
  }

  async findByCode(code: string): Promise<GraphNode | null> {
    const [record] = await this.read(reads.findByCode(code));
    return record ? decodeNode(record.get('json')) : null;
  }

  async findByName(name: string, kinds?: string[]): Promise<GraphNode[]> {
    const kindSet = checkKinds(kinds, this.ontology);
    const key = fold(name);
    if (key === '') return [];
    const tokens = [...new Set(foldedTokens(name))];
    const records = await this.read(reads.findByName(key, tokens, kindSet ? [...kindSet] : null));
    return records.map((r) => decodeNode(r.get('json')));
  }

  async search(query: SearchQuery): Promise<Page<SearchHit>> {
    checkPageSize(query.first);
    const kinds = checkKinds(query.kinds, this.ontology);
    const terms = searchTerms(query.text);
    if (terms.length === 0)
      throw new BadInputError('Search text has no letters or digits', { text: query.text });
    let after: { score: number; id: string } | null = null;
    if (query.after !== undefined) {
      const [score, id] = decodeCursor(query.after, ['number', 'string'] as const);
      after = { score, id };
    }
    const records = await this.read(
      reads.searchPage(terms, fold(query.text), kinds ? [...kinds] : null, after, query.first + 1),
    );
    const hits = records.slice(0, query.first).map((r) => {
      const node = decodeNode(r.get('json'));
      const score = r.get('score') as number;
      return { node, score, cursor: encodeCursor([score, node.id]) };
    });
    return { items: hits, hasNextPage: records.length > query.first, endCursor: hits.at(-1)?.cursor ?? null };
  }

  async edges(query: EdgeQuery): Promise<GraphEdge[]> {
    if (query.ids.length === 0) return [];
    const types = checkRelationTypes(query.types, this.ontology);
    const records = await this.read(reads.edgesOf([...new Set(query.ids)], query.direction, types));
    return this.decodeEdges(records);
  }

  async relations(type: string | undefined, first: number, after?: string): Promise<Page<GraphEdge>> {
    checkPageSize(first);
    if (type !== undefined) checkRelationTypes([type], this.ontology);
    const afterId = after === undefined ? null : decodeCursor(after, ['string'] as const)[0];
    const records = await this.read(reads.relationsPage(this.ontology, type, afterId, first + 1));
    const edges = this.decodeEdges(records);
    const items = edges.slice(0, first);
    const last = items.at(-1);
    return { items, hasNextPage: edges.length > first, endCursor: last ? encodeCursor([last.id]) : null };
  }

  // ---- traversals ----

  async lineage(query: LineageQuery): Promise<LineageResult> {
    return readLineage((q) => this.read(q), this.ontology, query);
  }

  async lineageKeys(query: LineageQuery, options: LineageKeysOptions = {}): Promise<LineageKeys> {
    return readLineageKeys((q) => this.read(q), this.ontology, query, options.edges !== false);
  }

  async lineageCounts(query: Omit<LineageQuery, 'perHopLimit'>): Promise<LineageCounts> {
    return readLineageCounts((q) => this.read(q), this.ontology, query);
  }

  async path(query: PathQuery): Promise<PathResult | null> {
    checkPathDepth(query.maxDepth);
    const types = checkRelationTypes(query.relationTypes, this.ontology);
    return findPath((q) => this.read(q), query.from, query.to, types, query.maxDepth);
  }

  async timeline(query: TimelineQuery): Promise<TimelineItem[]> {
    checkPositiveInt(query.limit, 'limit');
    const kinds = checkKinds(query.kinds, this.ontology);
    const records = await this.read(
      reads.timeline(query.from ?? null, query.to ?? null, kinds ? [...kinds] : null, query.limit ?? null),
    );
    return records.map((r) => ({ node: decodeNode(r.get('json')), date: r.get('date') as string }));
  }

  // ---- whole graph ----

  async stats(): Promise<StoreStats> {
    const [docs] = await this.read(reads.countDocuments());
    const nodesByKind: Record<string, number> = {};
    for (const r of (await this.read(reads.countNodesByKind())).sort((a, b) =>
      compareStrings(a.get('kind'), b.get('kind')),
    )) {
      nodesByKind[r.get('kind')] = r.get('count');
    }
    const edgesByType: Record<string, number> = {};
    for (const r of (await this.read(reads.countEdgesByType(this.ontology))).sort((a, b) =>
      compareStrings(a.get('type'), b.get('type')),
    )) {
      if (r.get('count') > 0) edgesByType[r.get('type')] = r.get('count');
    }
    const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
    return {
      documents: docs!.get('count') as number,
      nodes: sum(nodesByKind),
      edges: sum(edgesByType),
      nodesByKind,
      edgesByType,
    };
  }

  async exportAll(): Promise<GraphExport> {
    const nodes = (await this.read(reads.allNodes())).map((r) => exportNode(decodeNode(r.get('json'))));
    const edges = this.decodeEdges(await this.read(reads.allEdges(this.ontology)));
    return { nodes, edges };
  }

  // ---- helpers ----

  /** A view sharing this store's driver and state whose reads carry the budget (see GraphStore.scoped). */
  scoped(budget: ReadBudget): GraphStore {
    const view = Object.create(this) as Neo4jStore;
    view.budget = budget;
    return view;
  }

  private read(query: CypherQuery): Promise<Neo4jRecord[]> {
    return this.executor.read(query, this.budget);
  }

  private decodeEdges(records: Neo4jRecord[]): GraphEdge[] {
    return records
      .map((r) => decodeEdge(r.get('type'), r.get('from'), r.get('to'), r.get('props')))
      .sort((a, b) => compareStrings(a.id, b.id));
  }
}
