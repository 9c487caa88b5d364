import { compareStrings, type WalkResult, walkFromLayers, walkLineage } from '../lineage/index.js';

/** One allowed step of a lineage walk: from node `u` along edge `edge` to node `w`. */
export interface LineageStep {
  u: string;
  w: string;
  edge: string;
}

/** A lineage walk over node and edge ids. */
export type LineageWalk = WalkResult<string, string>;

/**
 * The shared lineage walk (lineage/walk.ts) over fetched `steps`, which must hold every allowed step from
 * every node whose uncapped distance from `start` is below `depth` (a capped walk only ever keeps a subset
 * of those, so it finds all it needs there).
 */
export function walkSteps(
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
  const space = {
    forEachStep(u: string, visit: (edge: string, v: string) => void) {
      for (const { w, edge } of from.get(u) ?? []) visit(edge, w);
    },
    compareNodes: compareStrings,
    compareEdges: compareStrings,
  };
  return walkLineage(space, start, depth, perHopLimit);
}

/** The uncapped walk the lineageNeighbourhood statement computed: its layers and edges in the shared order. */
export function walkLayers(layers: readonly (readonly string[])[], edges: readonly string[], depth: number) {
  return walkFromLayers(layers, edges, depth, compareStrings, compareStrings);
}
