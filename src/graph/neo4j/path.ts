import type { Record as Neo4jRecord } from 'neo4j-driver';
import { compareStrings, ShortestPathSearch } from '../lineage/index.js';
import type { PathResult } from '../store.js';
import { reads } from './builders/index.js';
import type { CypherQuery } from './cypher.js';
import { fetchPayload } from './fetchPayload.js';

type Read = (query: CypherQuery) => Promise<Neo4jRecord[]>;

/** An edge's key as the path search sees it. */
interface EdgeKey {
  id: string;
  type: string;
  from: string;
  to: string;
}

/**
 * Shortest undirected path from `from` to `to` within maxDepth edges (docs/store-semantics.md §5), the
 * caller having checked the arguments: the shared ShortestPathSearch (lineage/walk.ts), fed one query per
 * BFS layer from `to`. `null` when either node is absent or no path is short enough.
 *
 * Kept one query per layer: the same search unrolled into one statement (as lineage is) measured no
 * faster on the generated 2k corpus, since undirected layers grow large and round trips are not what
 * dominates (docs/neo4j-lineage.md).
 */
export async function findPath(
  read: Read,
  from: string,
  to: string,
  types: readonly string[],
  maxDepth: number,
): Promise<PathResult | null> {
  const ends = await fetchPayload(read, [...new Set([from, to])], []);
  if (!ends.nodes.has(from) || !ends.nodes.has(to)) return null;
  if (from === to) return { nodes: [ends.nodes.get(from)!], edges: [] };
  const found = await shortestPath(read, from, to, types, maxDepth);
  if (!found) return null;
  const { nodes, edges } = await fetchPayload(read, found.nodes, found.edges);
  return { nodes: found.nodes.map((id) => nodes.get(id)!), edges: found.edges.map((e) => edges.get(e.id)!) };
}

async function shortestPath(
  read: Read,
  from: string,
  to: string,
  types: readonly string[],
  maxDepth: number,
): Promise<{ nodes: string[]; edges: EdgeKey[] } | null> {
  const search = new ShortestPathSearch<string, EdgeKey>(from, to, maxDepth, compareStrings, (a, b) =>
    compareStrings(a.id, b.id),
  );
  while (search.searching) {
    for (const r of await read(reads.pathLayer(search.frontier, types))) {
      const edge = { id: r.get('edge'), type: r.get('type'), from: r.get('from'), to: r.get('to') };
      search.step(r.get('u'), edge, r.get('v'));
    }
    search.endLayer();
  }
  return search.result();
}
