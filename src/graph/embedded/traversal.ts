import type { Direction, Ontology } from '../../ontology/index.js';
import {
  ShortestPathSearch,
  STEP_IN,
  STEP_OUT,
  stepMask,
  type WalkResult,
  type WalkSpace,
  walkLineage as walk,
} from '../lineage/index.js';
import type { Adjacency } from './adjacency.js';

/** A lineage walk over an Adjacency: node and edge indices, which are in id order. */
export type Walk = WalkResult<number, number>;

export interface WalkOptions {
  start: number;
  direction: Direction;
  depth: number;
  relationTypes: readonly string[];
  asOf?: string;
  perHopLimit?: number;
}

const byIndex = (a: number, b: number) => a - b;

/** The shared lineage walk (lineage/walk.ts) stepping over the adjacency index's compressed lists. */
export function walkLineage(adj: Adjacency, ontology: Ontology, options: WalkOptions): Walk {
  const { asOf } = options;
  const allowed = new Set(options.relationTypes);
  const masks = Uint8Array.from(adj.types, (type) =>
    allowed.has(type) ? stepMask(ontology, type, options.direction) : 0,
  );
  const earliest = asOf === undefined ? undefined : adj.earliestDates();
  const edgeAllowed = (e: number, bit: number): boolean =>
    (masks[adj.edgeType[e]!]! & bit) !== 0 && (earliest === undefined || earliest[e]! <= asOf!);
  const space: WalkSpace<number, number> = {
    forEachStep(u, visit) {
      for (let k = adj.outStart[u]!; k < adj.outStart[u + 1]!; k++) {
        const e = adj.outEdges[k]!;
        const v = adj.edgeTo[e]!;
        if (v >= 0 && edgeAllowed(e, STEP_OUT)) visit(e, v);
      }
      for (let k = adj.inStart[u]!; k < adj.inStart[u + 1]!; k++) {
        const e = adj.inEdges[k]!;
        const v = adj.edgeFrom[e]!;
        if (v >= 0 && edgeAllowed(e, STEP_IN)) visit(e, v);
      }
    },
    nodeAllowed: asOf === undefined ? undefined : (v) => adj.placed[v]! <= asOf || adj.placed[v] === '',
    compareNodes: byIndex,
    compareEdges: byIndex,
    visited: () => {
      const seen = new Uint8Array(adj.nodeIds.length);
      return {
        has: (v) => seen[v] === 1,
        add: (v) => {
          seen[v] = 1;
        },
      };
    },
  };
  return walk(space, options.start, options.depth, options.perHopLimit);
}

/** The shared shortest-path search (lineage/walk.ts) over the adjacency index, ignoring direction. */
export function shortestPath(
  adj: Adjacency,
  from: number,
  to: number,
  relationTypes: readonly string[],
  maxDepth: number,
): { nodes: number[]; edges: number[] } | null {
  const allowed = new Set(relationTypes);
  const typeOk = adj.types.map((t) => allowed.has(t));
  const search = new ShortestPathSearch<number, number>(from, to, maxDepth, byIndex, byIndex);
  while (search.searching) {
    for (const u of search.frontier) {
      for (let k = adj.outStart[u]!; k < adj.outStart[u + 1]!; k++) {
        const e = adj.outEdges[k]!;
        const v = adj.edgeTo[e]!;
        if (v >= 0 && typeOk[adj.edgeType[e]!]) search.step(u, e, v);
      }
      for (let k = adj.inStart[u]!; k < adj.inStart[u + 1]!; k++) {
        const e = adj.inEdges[k]!;
        const v = adj.edgeFrom[e]!;
        if (v >= 0 && typeOk[adj.edgeType[e]!]) search.step(u, e, v);
      }
    }
    search.endLayer();
  }
  return search.result();
}
