import type Database from 'better-sqlite3';
import type { DocumentRecord, GraphEdge, GraphExport, GraphNode } from '../../model/index.js';
import {
  canonicalEdge,
  compareStrings,
  decodeCursor,
  encodeCursor,
  exportNode,
  fold,
} from '../lineage/index.js';
import type { EdgeQuery, Page, StoredSource, StoreStats, TimelineItem } from '../store.js';
import {
  type DocumentRow,
  documentFromRow,
  EDGE_COLUMNS,
  type EdgeRow,
  edgeFromRow,
  NODE_COLUMNS,
  type NodeRow,
  nodeFromRow,
} from './rows.js';

/** Id lists travel as one JSON parameter (no SQL variable limit, one cached statement). */
const IDS = '(SELECT value FROM json_each(?))';

/** Read queries of the embedded store, all through cached prepared statements. */
export class GraphReader {
  private readonly q;

  constructor(db: Database.Database) {
    this.q = {
      nodesByIds: db.prepare<[string], NodeRow>(`SELECT ${NODE_COLUMNS} FROM nodes WHERE id IN ${IDS}`),
      nodesByRowids: db.prepare<[string], NodeRow & { rowid: number }>(
        `SELECT rowid, ${NODE_COLUMNS} FROM nodes WHERE rowid IN ${IDS}`,
      ),
      edgesByIds: db.prepare<[string], EdgeRow>(`SELECT ${EDGE_COLUMNS} FROM edges WHERE id IN ${IDS}`),
      edgesByRowids: db.prepare<[string], EdgeRow & { rowid: number }>(
        `SELECT rowid, ${EDGE_COLUMNS} FROM edges WHERE rowid IN ${IDS}`,
      ),
      docsByIds: db.prepare<[string], DocumentRow>(
        `SELECT id, source, sha256, language, text, clauses, mentions, knowledge FROM documents WHERE id IN ${IDS}`,
      ),
      documentIds: db.prepare<[], string>('SELECT id FROM documents ORDER BY id').pluck(),
      byHash: db.prepare<[string], StoredSource>(
        `SELECT id, source, sha256, language, knowledge,
           (SELECT count(*) FROM node_contributions c WHERE c.document = d.id) AS nodes,
           (SELECT count(*) FROM edge_contributions c WHERE c.document = d.id) AS edges
         FROM documents d WHERE sha256 IN ${IDS} ORDER BY id`,
      ),
      hashes: db.prepare<[string], { id: string; sha256: string }>(
        `SELECT id, sha256 FROM documents WHERE id IN ${IDS}`,
      ),
      byCode: db.prepare<[string], NodeRow>(
        `SELECT ${NODE_COLUMNS} FROM nodes WHERE code = ? ORDER BY id LIMIT 1`,
      ),
      byName: db.prepare<[string], NodeRow>(
        `SELECT ${NODE_COLUMNS} FROM nodes WHERE id IN (SELECT node FROM names WHERE folded = ?)`,
      ),
      edgesOut: db.prepare<[string], EdgeRow>(`SELECT ${EDGE_COLUMNS} FROM edges WHERE from_id IN ${IDS}`),
      edgesIn: db.prepare<[string], EdgeRow>(`SELECT ${EDGE_COLUMNS} FROM edges WHERE to_id IN ${IDS}`),
      relationsAll: db.prepare<[string, number], EdgeRow>(
        `SELECT ${EDGE_COLUMNS} FROM edges WHERE id > ? ORDER BY id LIMIT ?`,
      ),
      relationsOfType: db.prepare<[string, string, number], EdgeRow>(
        `SELECT ${EDGE_COLUMNS} FROM edges WHERE type = ? AND id > ? ORDER BY id LIMIT ?`,
      ),
      timeline: db.prepare<[string, string], NodeRow & { placed: string }>(
        `SELECT ${NODE_COLUMNS}, placed FROM nodes WHERE placed IS NOT NULL AND placed >= ? AND placed <= ?
         ORDER BY placed, id`,
      ),
      countDocs: db.prepare<[], number>('SELECT count(*) FROM documents').pluck(),
      anyNode: db.prepare<[], number>('SELECT count(*) FROM (SELECT 1 FROM nodes LIMIT 1)').pluck(),
      nodesByKind: db.prepare<[], { key: string; n: number }>(
        'SELECT kind AS key, count(*) AS n FROM nodes GROUP BY kind',
      ),
      edgesByType: db.prepare<[], { key: string; n: number }>(
        'SELECT type AS key, count(*) AS n FROM edges GROUP BY type',
      ),
      allNodes: db.prepare<[], NodeRow>(`SELECT ${NODE_COLUMNS} FROM nodes`),
      allEdges: db.prepare<[], EdgeRow>(`SELECT ${EDGE_COLUMNS} FROM edges`),
    };
  }

  getNodes(ids: readonly string[]): Array<GraphNode | null> {
    if (ids.length === 0) return [];
    const found = new Map(this.q.nodesByIds.all(JSON.stringify(ids)).map((r) => [r.id, nodeFromRow(r)]));
    return ids.map((id) => found.get(id) ?? null);
  }

  /** Nodes by rowid, in the order given (traversals know rowids: integer lookups are the fast path). */
  getNodesByRowids(rowids: readonly number[]): GraphNode[] {
    if (rowids.length === 0) return [];
    const found = new Map(this.q.nodesByRowids.all(JSON.stringify(rowids)).map((r) => [r.rowid, r]));
    return rowids.map((rowid) => nodeFromRow(found.get(rowid)!));
  }

  /** Edges with evidence by rowid, in the order given. */
  getEdgesByRowids(rowids: readonly number[]): GraphEdge[] {
    if (rowids.length === 0) return [];
    const found = new Map(this.q.edgesByRowids.all(JSON.stringify(rowids)).map((r) => [r.rowid, r]));
    return rowids.map((rowid) => edgeFromRow(found.get(rowid)!));
  }

  /** Edges with evidence, ordered by id. */
  getEdges(ids: readonly string[]): GraphEdge[] {
    if (ids.length === 0) return [];
    return this.q.edgesByIds
      .all(JSON.stringify(ids))
      .sort((a, b) => compareStrings(a.id, b.id))
      .map(edgeFromRow);
  }

  getDocuments(ids: readonly string[]): Array<DocumentRecord | null> {
    if (ids.length === 0) return [];
    const found = new Map(this.q.docsByIds.all(JSON.stringify(ids)).map((r) => [r.id, documentFromRow(r)]));
    return ids.map((id) => found.get(id) ?? null);
  }

  documentHashes(ids: readonly string[]): Map<string, string> {
    if (ids.length === 0) return new Map();
    return new Map(this.q.hashes.all(JSON.stringify(ids)).map((r) => [r.id, r.sha256]));
  }

  documentIds(): string[] {
    return this.q.documentIds.all();
  }

  documentsByHash(hashes: readonly string[]): StoredSource[] {
    if (hashes.length === 0) return [];
    return this.q.byHash.all(JSON.stringify(hashes));
  }

  isEmpty(): boolean {
    return this.q.countDocs.get() === 0 && this.q.anyNode.get() === 0;
  }

  findByCode(code: string): GraphNode | null {
    const row = this.q.byCode.get(code);
    return row ? nodeFromRow(row) : null;
  }

  findByName(name: string, kinds: Set<string> | undefined): GraphNode[] {
    const folded = fold(name);
    if (!folded) return [];
    return this.q.byName
      .all(folded)
      .filter((r) => !kinds || kinds.has(r.kind))
      .sort((a, b) => compareStrings(a.id, b.id))
      .map(nodeFromRow);
  }

  edges(query: EdgeQuery, types: ReadonlySet<string> | undefined): GraphEdge[] {
    if (query.ids.length === 0) return [];
    const json = JSON.stringify([...new Set(query.ids)]);
    const rows = new Map<string, EdgeRow>();
    if (query.direction !== 'in') for (const r of this.q.edgesOut.all(json)) rows.set(r.id, r);
    if (query.direction !== 'out') for (const r of this.q.edgesIn.all(json)) rows.set(r.id, r);
    const ids = [...rows.values()].filter((r) => !types || types.has(r.type)).map((r) => r.id);
    return this.getEdges(ids);
  }

  relations(type: string | undefined, first: number, after: string | undefined): Page<GraphEdge> {
    const [afterId] = after === undefined ? [''] : decodeCursor(after, ['string']);
    const rows =
      type === undefined
        ? this.q.relationsAll.all(afterId, first + 1)
        : this.q.relationsOfType.all(type, afterId, first + 1);
    const page = rows.slice(0, first);
    const items = this.getEdges(page.map((r) => r.id));
    const last = items.at(-1);
    return { items, hasNextPage: rows.length > first, endCursor: last ? encodeCursor([last.id]) : null };
  }

  timeline(from: string | undefined, to: string | undefined, kinds: Set<string> | undefined, limit?: number) {
    const items: TimelineItem[] = [];
    // '\uffff' sorts after every ISO date: an open upper bound.
    for (const row of this.q.timeline.iterate(from ?? '', to ?? '\uffff')) {
      if (kinds && !kinds.has(row.kind)) continue;
      items.push({ node: nodeFromRow(row), date: row.placed });
      if (limit !== undefined && items.length >= limit) break;
    }
    return items;
  }

  stats(): StoreStats {
    const nodesByKind = Object.fromEntries(
      this.q.nodesByKind
        .all()
        .sort((a, b) => compareStrings(a.key, b.key))
        .map((r) => [r.key, r.n]),
    );
    const edgesByType = Object.fromEntries(
      this.q.edgesByType
        .all()
        .sort((a, b) => compareStrings(a.key, b.key))
        .map((r) => [r.key, r.n]),
    );
    const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
    return {
      documents: this.q.countDocs.get() ?? 0,
      nodes: sum(nodesByKind),
      edges: sum(edgesByType),
      nodesByKind,
      edgesByType,
    };
  }

  exportAll(): GraphExport {
    const nodes = this.q.allNodes
      .all()
      .sort((a, b) => compareStrings(a.id, b.id))
      .map((r) => exportNode(nodeFromRow(r)));
    const edges = this.q.allEdges
      .all()
      .sort((a, b) => compareStrings(a.id, b.id))
      .map((r) => canonicalEdge(edgeFromRow(r)));
    return { nodes, edges };
  }
}
