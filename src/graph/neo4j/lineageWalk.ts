import { compareStrings } from '../lineage/index.js';

/** One allowed step of a lineage walk: from node `u` along edge `edge` to node `w`. */
export interface LineageStep {
  u: string;
  w: string;
  edge: string;
}

/** The lineage BFS over a fetched neighbourhood (docs/store-semantics.md §4). */
export interface LineageWalk {
  /** Returned node ids with their hop: start at 0. */
  hops: Map<string, number>;
  /** Ids of the edges traversed between returned nodes, ordered by id. */
  edges: string[];
  /** Distinct nodes reached at each hop 1..depth before perHopLimit (0 after the walk stops). */
  reached: number[];
  truncated: Array<{ hop: number; omitted: number }>;
}

/**
 * Breadth-first lineage walk over `steps`, which must hold every allowed step from every node whose
 * uncapped distance from `start` is below `depth` (a capped walk only ever keeps a subset of those, so
 * it finds all it needs there). Candidates of a hop are the not-yet-seen ends of steps from the nodes
 * kept at the previous hop, sorted by id; perHopLimit keeps the first N and marks the rest seen.
 */
export function walkLineage(
  start: string,
  depth: number,
  steps: readonly LineageStep[],
  perHopLimit?: number,
): LineageWalk {
  const from = new Map<string, LineageStep[]>();
  for (const step of steps) {
    const list = from.get(step.u);
    if (list) list.push(step);
    else from.set(step.u, [step]);
  }
  const hops = new Map([[start, 0]]);
  const seen = new Set([start]);
  const reached: number[] = [];
  const truncated: LineageWalk['truncated'] = [];
  let frontier = [start];
  for (let hop = 1; hop <= depth; hop++) {
    const candidates = new Set<string>();
    for (const u of frontier) {
      for (const { w } of from.get(u) ?? []) if (!seen.has(w)) candidates.add(w);
    }
    const sorted = [...candidates].sort(compareStrings);
    const kept = perHopLimit === undefined ? sorted : sorted.slice(0, perHopLimit);
    reached.push(sorted.length);
    for (const id of sorted) seen.add(id);
    for (const id of kept) hops.set(id, hop);
    if (kept.length < sorted.length) truncated.push({ hop, omitted: sorted.length - kept.length });
    frontier = kept;
  }
  const edges = new Set<string>();
  for (const [u, hop] of hops) {
    if (hop >= depth) continue;
    for (const { w, edge } of from.get(u) ?? []) if (hops.has(w)) edges.add(edge);
  }
  return { hops, edges: [...edges].sort(compareStrings), reached, truncated };
}
