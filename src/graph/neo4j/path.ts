import type { Record as Neo4jRecord } from 'neo4j-driver';
import { compareStrings } from '../lineage/index.js';
import { reads } from './builders/index.js';
import type { CypherQuery } from './cypher.js';
import type { TraversedEdge } from './lineage.js';

/**
 * Shortest undirected path from `from` to `to` (both existing, distinct) within maxDepth edges: BFS layers
 * from `to`, then a greedy walk from `from` choosing the smallest next id among neighbours one step closer,
 * which yields the lexicographically smallest id sequence; between two nodes, the smallest edge id.
 */
export async function shortestPath(
  read: (query: CypherQuery) => Promise<Neo4jRecord[]>,
  from: string,
  to: string,
  types: readonly string[],
  maxDepth: number,
): Promise<{ nodes: string[]; edges: TraversedEdge[] } | null> {
  const dist = new Map([[to, 0]]);
  /** node → neighbours one step closer to `to`, with the joining edges. */
  const closer = new Map<string, Map<string, TraversedEdge[]>>();
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
      const byNode = closer.get(v) ?? new Map<string, TraversedEdge[]>();
      const edges = byNode.get(u) ?? [];
      edges.push({ id: r.get('edge'), type: r.get('type'), from: r.get('from'), to: r.get('to') });
      byNode.set(u, edges);
      closer.set(v, byNode);
    }
    frontier = next;
  }
  if (!dist.has(from)) return null;
  const nodes = [from];
  const edges: TraversedEdge[] = [];
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
