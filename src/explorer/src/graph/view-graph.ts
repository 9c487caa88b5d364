import type { EdgeInfo, Neighbourhood, NodeSummary, PathInfo } from '../api/types.ts';

/** One expansion as fetched: a node's whole neighbourhood, and whether the user asked to see all of it. */
export interface ExpansionStep {
  neighbourhood: Neighbourhood;
  all: boolean;
}

/** Stands for the neighbours of `center` that the cap left out; activating it shows them all. */
export interface MoreNode {
  id: string;
  center: string;
  count: number;
}

export interface ViewGraph {
  /** Insertion order: the focus first, then each expansion's kept neighbours, then path nodes. */
  nodes: Map<string, NodeSummary>;
  edges: Map<string, EdgeInfo>;
  more: MoreNode[];
  /** Node and edge ids on the highlighted path. */
  path: Set<string>;
  expanded: Set<string>;
}

export const MORE_PREFIX = 'more:';

/** New neighbours shown per expansion before the rest are folded into an "N more" node. */
export const EXPANSION_CAP = 10;

/**
 * Which neighbours to show first when there are more than the cap: by kind in ontology order
 * (`kinds`; the ontology lists decisions, reports and bodies first), then dated before undated and
 * oldest first, then by id, so a URL always yields the same view.
 */
export function neighbourPriority(kinds: readonly string[]): (a: NodeSummary, b: NodeSummary) => number {
  const rank = (n: NodeSummary) => {
    const i = kinds.indexOf(n.kind);
    return i < 0 ? kinds.length : i;
  };
  const when = (n: NodeSummary) => n.date ?? '\uffff';
  return (a, b) => rank(a) - rank(b) || when(a).localeCompare(when(b)) || compareIds(a.id, b.id);
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The graph the lineage view shows, derived from the expansion steps (focus first) and an optional
 * path. Each step adds at most `cap` new neighbours (chosen by `neighbourPriority(kinds)`) unless it
 * asked for all; nodes already shown do not count against the cap. Pure, so the same state always
 * draws the same graph.
 */
export function buildViewGraph(
  steps: ExpansionStep[],
  path: PathInfo | null,
  cap: number,
  kinds: readonly string[],
): ViewGraph {
  const priority = neighbourPriority(kinds);
  const nodes = new Map<string, NodeSummary>();
  const left = new Map<string, { ids: string[]; apiOmitted: number }>();
  const expanded = new Set<string>();
  for (const { neighbourhood, all } of steps) {
    const center = neighbourhood.nodes.find((n) => n.id === neighbourhood.center);
    if (!center) continue;
    if (!nodes.has(center.id)) nodes.set(center.id, center);
    expanded.add(center.id);
    const fresh = neighbourhood.nodes.filter((n) => n.id !== center.id && !nodes.has(n.id)).sort(priority);
    const kept = all ? fresh : fresh.slice(0, cap);
    for (const n of kept) nodes.set(n.id, n);
    left.set(center.id, {
      ids: fresh.slice(kept.length).map((n) => n.id),
      apiOmitted: neighbourhood.omitted,
    });
  }
  const onPath = new Set<string>();
  if (path) {
    for (const n of path.nodes) {
      if (!nodes.has(n.id)) nodes.set(n.id, n);
      onPath.add(n.id);
    }
  }
  const edges = new Map<string, EdgeInfo>();
  const candidates = [...steps.flatMap((s) => s.neighbourhood.edges), ...(path?.edges ?? [])];
  for (const edge of [...candidates].sort((a, b) => compareIds(a.id, b.id))) {
    if (nodes.has(edge.from) && nodes.has(edge.to) && !edges.has(edge.id)) edges.set(edge.id, edge);
  }
  for (const edge of path?.edges ?? []) onPath.add(edge.id);
  const more: MoreNode[] = [];
  for (const [center, { ids, apiOmitted }] of left) {
    // Neighbours left out here may have been brought in by a later expansion or the path.
    const count = ids.filter((id) => !nodes.has(id)).length + apiOmitted;
    if (count > 0) more.push({ id: `${MORE_PREFIX}${center}`, center, count });
  }
  return { nodes, edges, more, path: onPath, expanded };
}
