import type Database from 'better-sqlite3';
import { compareStrings } from '../lineage/index.js';

/**
 * In-memory snapshot of the graph's structure for traversal: nodes and edges numbered in id order (so integer
 * order is id order), compressed adjacency lists per node, and per-edge lateness for `asOf`. Built lazily
 * from SQLite and thrown away whenever the database changes.
 */
export class Adjacency {
  readonly nodeIds: string[];
  /** SQLite rowid per node index, for fast fetches. */
  readonly nodeRowids: number[];
  readonly nodeIndex: Map<string, number>;
  /** placementDate per node ('' when none). */
  readonly placed: string[];
  readonly kindOf: Uint16Array;
  readonly kinds: string[];
  readonly edgeRowids: number[];
  readonly edgeFrom: Int32Array;
  readonly edgeTo: Int32Array;
  readonly edgeType: Uint16Array;
  readonly types: string[];
  /** Edges leaving node i: outEdges[outStart[i] .. outStart[i+1]). */
  readonly outStart: Int32Array;
  readonly outEdges: Int32Array;
  readonly inStart: Int32Array;
  readonly inEdges: Int32Array;
  private earliestDocDate?: string[];

  constructor(private readonly db: Database.Database) {
    // Raw rows (arrays) and SQLite's id order keep the build cheap; byIdOrder re-sorts only for exotic ids.
    const nodes = byIdOrder(
      db.prepare('SELECT id, rowid, kind, placed FROM nodes ORDER BY id').raw().all() as Array<
        [string, number, string, string | null]
      >,
    );
    this.nodeIds = nodes.map((n) => n[0]);
    this.nodeRowids = nodes.map((n) => n[1]);
    this.nodeIndex = new Map(this.nodeIds.map((id, i) => [id, i]));
    this.placed = nodes.map((n) => n[3] ?? '');
    const kinds = new Interner();
    this.kindOf = Uint16Array.from(nodes, (n) => kinds.index(n[2]));
    this.kinds = kinds.values;

    // Edges come in SQLite's BINARY id order (code-point order; ids are ASCII in practice) with their end
    // nodes as rowids, so no id string is materialised here.
    const edges = db
      .prepare('SELECT rowid, type, from_row, to_row FROM edges ORDER BY id')
      .raw()
      .all() as Array<[number, string, number, number]>;
    let maxRowid = 0;
    for (const rowid of this.nodeRowids) maxRowid = Math.max(maxRowid, rowid);
    const indexOfRowid = new Int32Array(maxRowid + 1).fill(-1);
    this.nodeRowids.forEach((rowid, i) => {
      indexOfRowid[rowid] = i;
    });
    this.edgeRowids = edges.map((e) => e[0]);
    const types = new Interner();
    this.edgeType = Uint16Array.from(edges, (e) => types.index(e[1]));
    this.types = types.values;
    // Endpoints always exist (an edge's document contributes both ends); -1 guards a damaged file.
    this.edgeFrom = Int32Array.from(edges, (e) => indexOfRowid[e[2]] ?? -1);
    this.edgeTo = Int32Array.from(edges, (e) => indexOfRowid[e[3]] ?? -1);
    [this.outStart, this.outEdges] = compress(nodes.length, this.edgeFrom);
    [this.inStart, this.inEdges] = compress(nodes.length, this.edgeTo);
  }

  /**
   * Earliest date of the documents stating each edge ('' when one of them is undated: never late).
   * An edge's documents are its contributions; a document's date is its own node's `date` (ownNodeId).
   * edge_contributions is clustered by (edge id, document), the same id order as the edges here, so one
   * sequential scan walks both in step.
   */
  earliestDates(): string[] {
    if (this.earliestDocDate) return this.earliestDocDate;
    const docDates = new Map(
      this.db
        .prepare('SELECT d.id, n.date FROM documents d LEFT JOIN nodes n ON n.id = d.node')
        .raw()
        .all() as Array<[string, string | null]>,
    );
    const earliest: string[] = [];
    let previous: string | undefined;
    const rows = this.db
      .prepare('SELECT edge, document FROM edge_contributions ORDER BY edge')
      .raw()
      .iterate() as IterableIterator<[string, string]>;
    for (const [edge, document] of rows) {
      const date = docDates.get(document) ?? '';
      if (edge !== previous) {
        earliest.push(date);
        previous = edge;
      } else if (date < earliest[earliest.length - 1]!) {
        earliest[earliest.length - 1] = date;
      }
    }
    // Every edge has at least one contribution and vice versa; anything else means a damaged file.
    if (earliest.length !== this.edgeRowids.length) {
      throw new Error(
        `Embedded store is inconsistent: ${earliest.length} contributed edges, ${this.edgeRowids.length} edges`,
      );
    }
    this.earliestDocDate = earliest;
    return earliest;
  }
}

/** Rows whose first column is an id, in code-unit id order (SQLite's BINARY order agrees for BMP text). */
function byIdOrder<T extends [string, ...unknown[]]>(rows: T[]): T[] {
  for (let i = 1; i < rows.length; i++) {
    if (compareStrings(rows[i - 1]![0], rows[i]![0]) > 0)
      return rows.sort((a, b) => compareStrings(a[0], b[0]));
  }
  return rows;
}

/** Small dictionary: string → dense index. */
class Interner {
  readonly values: string[] = [];
  private readonly map = new Map<string, number>();
  index(value: string): number {
    let i = this.map.get(value);
    if (i === undefined) {
      i = this.values.push(value) - 1;
      this.map.set(value, i);
    }
    return i;
  }
}

/** CSR adjacency: for each node, the indices of edges whose `ends[e]` is that node, in edge (id) order. */
function compress(nodeCount: number, ends: Int32Array): [Int32Array, Int32Array] {
  const start = new Int32Array(nodeCount + 1);
  for (const n of ends) if (n >= 0) start[n + 1] = start[n + 1]! + 1;
  for (let i = 0; i < nodeCount; i++) start[i + 1] = start[i + 1]! + start[i]!;
  const fill = start.slice(0, nodeCount);
  const list = new Int32Array(start[nodeCount]!);
  ends.forEach((n, e) => {
    if (n < 0) return;
    list[fill[n]!] = e;
    fill[n] = fill[n]! + 1;
  });
  return [start, list];
}
