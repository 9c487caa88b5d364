import { assertNever } from '../../errors.js';
import type { Direction, Ontology } from '../../ontology/index.js';
import type { Adjacency } from './adjacency.js';

/** The numeric result of a lineage walk over an Adjacency (docs/store-semantics.md §4). */
export interface Walk {
  /** Returned node indices: start first, then by (hop, index). */
  nodes: number[];
  hops: number[];
  /** Traversed edge indices between returned nodes, ascending (id order). */
  edges: number[];
  truncated: Array<{ hop: number; omitted: number }>;
  perHop: number[];
}

export interface WalkOptions {
  start: number;
  direction: Direction;
  depth: number;
  relationTypes: readonly string[];
  asOf?: string;
  perHopLimit?: number;
}

const OUT = 1;
const IN = 2;

/** Per stored type index: which stored ends may be stepped from (OUT: from→to, IN: to→from), 0 = not followed. */
function stepMasks(
  adj: Adjacency,
  ontology: Ontology,
  types: readonly string[],
  direction: Direction,
): Uint8Array {
  const allowed = new Set(types);
  const masks = new Uint8Array(adj.types.length);
  adj.types.forEach((type, t) => {
    if (!allowed.has(type) || !ontology.isRelationKind(type)) return;
    const step = ontology.step(type, direction);
    switch (step) {
      case 'out':
        masks[t] = OUT;
        break;
      case 'in':
        masks[t] = IN;
        break;
      case 'both':
        masks[t] = OUT | IN;
        break;
      default:
        assertNever(step);
    }
  });
  return masks;
}

/** Breadth-first lineage walk; `visit(u, e, v)` sees every allowed step from u along e to v. */
export function walkLineage(adj: Adjacency, ontology: Ontology, options: WalkOptions): Walk {
  const { start, depth, asOf, perHopLimit } = options;
  const masks = stepMasks(adj, ontology, options.relationTypes, options.direction);
  const earliest = asOf === undefined ? undefined : adj.earliestDates();
  const edgeAllowed = (e: number, bit: number): boolean =>
    (masks[adj.edgeType[e]!]! & bit) !== 0 && (earliest === undefined || earliest[e]! <= asOf!);
  const nodeAllowed = (v: number): boolean =>
    asOf === undefined || adj.placed[v]! <= asOf || adj.placed[v] === '';

  const forEachStep = (u: number, visit: (e: number, v: number) => void): void => {
    for (let k = adj.outStart[u]!; k < adj.outStart[u + 1]!; k++) {
      const e = adj.outEdges[k]!;
      if (edgeAllowed(e, OUT)) visit(e, adj.edgeTo[e]!);
    }
    for (let k = adj.inStart[u]!; k < adj.inStart[u + 1]!; k++) {
      const e = adj.inEdges[k]!;
      if (edgeAllowed(e, IN)) visit(e, adj.edgeFrom[e]!);
    }
  };

  // 0 unseen, 1 seen (returned or omitted or skipped); hop of returned nodes in hopOf (-1 otherwise).
  const seen = new Uint8Array(adj.nodeIds.length);
  const hopOf = new Map<number, number>([[start, 0]]);
  seen[start] = 1;
  const nodes = [start];
  const hops = [0];
  const truncated: Walk['truncated'] = [];
  const perHop: number[] = [];
  let frontier = [start];
  for (let hop = 1; hop <= depth; hop++) {
    const candidates: number[] = [];
    for (const u of frontier) {
      forEachStep(u, (_e, v) => {
        if (v < 0 || seen[v]) return;
        seen[v] = 1;
        if (nodeAllowed(v)) candidates.push(v);
      });
    }
    candidates.sort((a, b) => a - b);
    const kept = perHopLimit === undefined ? candidates : candidates.slice(0, perHopLimit);
    if (kept.length < candidates.length) truncated.push({ hop, omitted: candidates.length - kept.length });
    perHop.push(candidates.length);
    for (const v of kept) {
      hopOf.set(v, hop);
      nodes.push(v);
      hops.push(hop);
    }
    frontier = kept;
    if (kept.length === 0) {
      for (let h = hop + 1; h <= depth; h++) perHop.push(0);
      break;
    }
  }

  const edgeSet = new Set<number>();
  for (const u of nodes) {
    if (hopOf.get(u)! >= depth) continue;
    forEachStep(u, (e, v) => {
      if (hopOf.has(v)) edgeSet.add(e);
    });
  }
  const edges = [...edgeSet].sort((a, b) => a - b);
  return { nodes, hops, edges, truncated, perHop };
}

/**
 * Shortest undirected path with the lexicographically smallest node-id sequence (indices are in id order):
 * distances from `to`, then a greedy walk from `from` to the smallest neighbour one step closer.
 */
export function shortestPath(
  adj: Adjacency,
  from: number,
  to: number,
  relationTypes: readonly string[],
  maxDepth: number,
): { nodes: number[]; edges: number[] } | null {
  const allowed = new Set(relationTypes);
  const typeOk = adj.types.map((t) => allowed.has(t));
  const neighbours = (u: number, visit: (e: number, v: number) => void): void => {
    for (let k = adj.outStart[u]!; k < adj.outStart[u + 1]!; k++) {
      const e = adj.outEdges[k]!;
      if (typeOk[adj.edgeType[e]!]) visit(e, adj.edgeTo[e]!);
    }
    for (let k = adj.inStart[u]!; k < adj.inStart[u + 1]!; k++) {
      const e = adj.inEdges[k]!;
      if (typeOk[adj.edgeType[e]!]) visit(e, adj.edgeFrom[e]!);
    }
  };
  if (from === to) return { nodes: [from], edges: [] };
  const dist = new Map<number, number>([[to, 0]]);
  let frontier = [to];
  for (let d = 1; d <= maxDepth && !dist.has(from) && frontier.length > 0; d++) {
    const next: number[] = [];
    for (const u of frontier) {
      neighbours(u, (_e, v) => {
        if (v >= 0 && !dist.has(v)) {
          dist.set(v, d);
          next.push(v);
        }
      });
    }
    frontier = next;
  }
  if (!dist.has(from)) return null;
  const nodes = [from];
  const edges: number[] = [];
  let u = from;
  while (u !== to) {
    const want = dist.get(u)! - 1;
    let bestNode = -1;
    let bestEdge = -1;
    neighbours(u, (e, v) => {
      if (dist.get(v) !== want) return;
      if (bestNode === -1 || v < bestNode || (v === bestNode && e < bestEdge)) {
        bestNode = v;
        bestEdge = e;
      }
    });
    nodes.push(bestNode);
    edges.push(bestEdge);
    u = bestNode;
  }
  return { nodes, edges };
}
