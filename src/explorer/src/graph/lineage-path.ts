import type { EdgeInfo, Neighbourhood, NodeSummary, PathInfo } from '../api/types.ts';

/** Which way a lineage path runs from the first end chosen. */
export type PathDirection = 'downstream' | 'upstream';

/**
 * A lineage path inside a walk from `from` (the API's `lineage`, DOWNSTREAM or UPSTREAM): the shortest
 * chain from `from` to `to` in which every step goes from an edge's antecedent end to its descendant end
 * (downstream) or back (upstream), avoiding the nodes `avoid` rejects (the ends are never avoided). Ties are
 * broken by the smaller edge id, so a state always draws the same path. Null when the walk holds none.
 */
export function lineagePath(
  walk: Neighbourhood,
  from: string,
  to: string,
  direction: PathDirection,
  avoid: (node: NodeSummary) => boolean = () => false,
): PathInfo | null {
  const nodes = new Map(walk.nodes.map((n) => [n.id, n]));
  if (!nodes.has(from) || !nodes.has(to)) return null;
  const steps = new Map<string, EdgeInfo[]>();
  for (const edge of [...walk.edges].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const antecedent = edge.sourceIsAntecedent ? edge.from : edge.to;
    const descendant = edge.sourceIsAntecedent ? edge.to : edge.from;
    const start = direction === 'downstream' ? antecedent : descendant;
    steps.set(start, [...(steps.get(start) ?? []), edge]);
  }
  const reachedBy = new Map<string, EdgeInfo | null>([[from, null]]);
  let frontier = [from];
  while (frontier.length > 0 && !reachedBy.has(to)) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const edge of steps.get(id) ?? []) {
        const other = edge.from === id ? edge.to : edge.from;
        const node = nodes.get(other);
        if (!node || reachedBy.has(other)) continue;
        if (other !== to && avoid(node)) continue;
        reachedBy.set(other, edge);
        next.push(other);
      }
    }
    frontier = next;
  }
  if (!reachedBy.has(to)) return null;
  const pathNodes: NodeSummary[] = [];
  const pathEdges: EdgeInfo[] = [];
  for (let at = to; ; ) {
    const node = nodes.get(at);
    if (node) pathNodes.unshift(node);
    const edge = reachedBy.get(at);
    if (!edge) break;
    pathEdges.unshift(edge);
    at = edge.from === at ? edge.to : edge.from;
  }
  return { nodes: pathNodes, edges: pathEdges };
}
