import type { Record as Neo4jRecord } from 'neo4j-driver';
import { compareStrings } from '../lineage/index.js';
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
 * caller having checked the arguments: BFS layers from `to`, one query per layer, then a greedy walk from
 * `from` choosing the smallest next id among neighbours one step closer, which yields the
 * lexicographically smallest id sequence; between two nodes, the smallest edge id. `null` when either node
 * is absent or no path is short enough.
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
  const dist = new Map([[to, 0]]);
  /** node → neighbours one step closer to `to`, with the joining edges. */
  const closer = new Map<string, Map<string, EdgeKey[]>>();
  let frontier = [to];
  for (let layer = 0; layer < maxDepth && frontier.length && !dist.has(from); layer++) {
    const next: string[] = [];
    for (const r of await read(reads.pathLayer(frontier, types))) {
      const u: string = r.get('u');
      const v: string = r.get('v');
      if (!dist.has(v)) {
        dist.set(v, layer + 1);
        next.push(v);
      }
      if (dist.get(v) !== layer + 1) continue;
      const byNode = closer.get(v) ?? new Map<string, EdgeKey[]>();
      const edges = byNode.get(u) ?? [];
      edges.push({ id: r.get('edge'), type: r.get('type'), from: r.get('from'), to: r.get('to') });
      byNode.set(u, edges);
      closer.set(v, byNode);
    }
    frontier = next;
  }
  if (!dist.has(from)) return null;
  const nodes = [from];
  const edges: EdgeKey[] = [];
  let current = from;
  while (current !== to) {
    const options = closer.get(current)!;
    const nextId = [...options.keys()].sort(compareStrings)[0]!;
    edges.push([...options.get(nextId)!].sort((a, b) => compareStrings(a.id, b.id))[0]!);
    nodes.push(nextId);
    current = nextId;
  }
  return { nodes, edges };
}
