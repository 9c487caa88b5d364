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
  readonly nodeRowids: Float64Array;
  readonly nodeIndex: Map<string, number>;
  /** placementDate per node ('' when none). */
  readonly placed: string[];
  readonly kindOf: Uint16Array;
  readonly kinds: string[];
  readonly edgeRowids: Float64Array;
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
    // Rows are streamed into typed arrays (a 100k-document store has ~600k edges: materialising them as row
    // arrays first tripled the build's peak memory). SQLite's id order is kept unless an exotic id breaks it.
    const kinds = new Interner();
    const ids: string[] = [];
    const rowids: number[] = [];
    const kindOf: number[] = [];
    const placed: string[] = [];
    const nodeRows = db
      .prepare('SELECT id, rowid, kind, placed FROM nodes ORDER BY id')
      .raw()
      .iterate() as IterableIterator<[string, number, string, string | null]>;
    for (const [id, rowid, kind, place] of nodeRows) {
      ids.push(id);
      rowids.push(rowid);
      kindOf.push(kinds.index(kind));
      placed.push(place ?? '');
    }
    const order = idOrder(ids);
    this.nodeIds = order ? order.map((i) => ids[i]!) : ids;
    this.nodeRowids = Float64Array.from(order ? order.map((i) => rowids[i]!) : rowids);
    this.kindOf = Uint16Array.from(order ? order.map((i) => kindOf[i]!) : kindOf);
    this.placed = order ? order.map((i) => placed[i]!) : placed;
    this.nodeIndex = new Map(this.nodeIds.map((id, i) => [id, i]));
    this.kinds = kinds.values;

    let maxRowid = 0;
    for (const rowid of this.nodeRowids) maxRowid = Math.max(maxRowid, rowid);
    const indexOfRowid = new Int32Array(maxRowid + 1).fill(-1);
    this.nodeRowids.forEach((rowid, i) => {
      indexOfRowid[rowid] = i;
    });

    // Edges come in SQLite's BINARY id order (code-point order; ids are ASCII in practice) with their end
    // nodes as rowids, so no id string is materialised here.
    const edgeCount = db.prepare('SELECT count(*) FROM edges').pluck().get() as number;
    this.edgeRowids = new Float64Array(edgeCount);
    this.edgeType = new Uint16Array(edgeCount);
    // Endpoints always exist (an edge's document contributes both ends); -1 guards a damaged file.
    this.edgeFrom = new Int32Array(edgeCount).fill(-1);
    this.edgeTo = new Int32Array(edgeCount).fill(-1);
    const types = new Interner();
    const edgeRows = db
      .prepare('SELECT rowid, type, from_row, to_row FROM edges ORDER BY id')
      .raw()
      .iterate() as IterableIterator<[number, string, number, number]>;
    let e = 0;
    for (const [rowid, type, from, to] of edgeRows) {
      this.edgeRowids[e] = rowid;
      this.edgeType[e] = types.index(type);
      this.edgeFrom[e] = indexOfRowid[from] ?? -1;
      this.edgeTo[e] = indexOfRowid[to] ?? -1;
      e++;
    }
    this.types = types.values;
    [this.outStart, this.outEdges] = compress(ids.length, this.edgeFrom);
    [this.inStart, this.inEdges] = compress(ids.length, this.edgeTo);
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

/** The permutation that puts ids in code-unit order, or undefined when SQLite's order already is (BMP text). */
function idOrder(ids: string[]): number[] | undefined {
  for (let i = 1; i < ids.length; i++) {
    if (compareStrings(ids[i - 1]!, ids[i]!) > 0)
      return ids.map((_, j) => j).sort((a, b) => compareStrings(ids[a]!, ids[b]!));
  }
  return undefined;
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
