import type { EdgeInfo, Neighbourhood, NodeSummary, PathInfo } from '../api/types.ts';

/** One expansion as fetched: a node's whole neighbourhood, and whether the user asked to see all of it. */
export interface ExpansionStep {
  neighbourhood: Neighbourhood;
  all: boolean;
}

/**
 * Stands for neighbours of `center` that the cap left out. A fan-out is grouped per relation type and side
 * (`group`, the entity panel's key: "in:RECALLS" = the resolutions recalling the centre), so "RECALLS by 90"
 * opens that group's paged list; neighbours of no known relation (left out by the API's own per-hop limit)
 * and groups smaller than MIN_GROUP are counted in one group without a key. Activating any of them in full shows all of `center`'s neighbours.
 */
export interface MoreNode {
  id: string;
  center: string;
  count: number;
  /** `${'in' | 'out'}:${relation type}` relative to the centre; null for the neighbours the API left out. */
  group: string | null;
}

/** Its caption: "RECALLS by 90" (they point at the centre), "RECALLS 12 →" (the centre points at them). */
export function moreLabel(more: MoreNode): string {
  if (more.group === null) return `${more.count} more`;
  // Relation types are upper-case words and underscores: the key has one colon.
  const [side, type] = more.group.split(':');
  return side === 'in' ? `${type} by ${more.count}` : `${type} ${more.count} →`;
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

/** Left-out neighbours of one relation type and side that get a group node of their own ("RECALLS by 90"). */
export const MIN_GROUP = 3;

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

/**
 * Each neighbour's fan-out group (`in:TYPE` / `out:TYPE` relative to the centre). A neighbour joined by several
 * relations goes to the largest of its groups (ties by key), so a hub's big fan-out stays one group.
 */
function neighbourGroups(center: string, edges: readonly EdgeInfo[]): Map<string, string> {
  const groupsOf = new Map<string, Set<string>>();
  const size = new Map<string, number>();
  for (const e of edges) {
    const [side, other] = e.from === center ? ['out', e.to] : e.to === center ? ['in', e.from] : [];
    if (!side || !other) continue;
    const key = `${side}:${e.type}`;
    const mine = groupsOf.get(other) ?? new Set<string>();
    if (!mine.has(key)) size.set(key, (size.get(key) ?? 0) + 1);
    mine.add(key);
    groupsOf.set(other, mine);
  }
  const best = new Map<string, string>();
  for (const [other, keys] of groupsOf) {
    const [first] = [...keys].sort((a, b) => (size.get(b) ?? 0) - (size.get(a) ?? 0) || compareIds(a, b));
    if (first) best.set(other, first);
  }
  return best;
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
  const left = new Map<string, { ids: string[]; apiOmitted: number; groupOf: Map<string, string> }>();
  const expanded = new Set<string>();
  for (const { neighbourhood, all } of steps) {
    const center = neighbourhood.nodes.find((n) => n.id === neighbourhood.center);
    if (!center) continue;
    if (!nodes.has(center.id)) nodes.set(center.id, center);
    expanded.add(center.id);
    const fresh = neighbourhood.nodes.filter((n) => n.id !== center.id && !nodes.has(n.id)).sort(priority);
    const kept = all ? fresh : fresh.slice(0, cap);
    for (const n of kept) nodes.set(n.id, n);
    const leftOut = fresh.slice(kept.length).map((n) => n.id);
    const groupOf = leftOut.length
      ? neighbourGroups(center.id, neighbourhood.edges)
      : new Map<string, string>();
    left.set(center.id, {
      ids: leftOut,
      apiOmitted: neighbourhood.omitted,
      groupOf,
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
  for (const [center, { ids, apiOmitted, groupOf }] of left) {
    // Neighbours left out here may have been brought in by a later expansion or the path.
    const counts = new Map<string | null, number>();
    for (const id of ids) {
      if (nodes.has(id)) continue;
      const group = groupOf.get(id) ?? null;
      counts.set(group, (counts.get(group) ?? 0) + 1);
    }
    if (apiOmitted > 0) counts.set(null, (counts.get(null) ?? 0) + apiOmitted);
    // A group of one or two is noise next to the drawn neighbours: it joins the untyped "N more".
    for (const [group, count] of counts) {
      if (group === null || count >= MIN_GROUP) continue;
      counts.delete(group);
      counts.set(null, (counts.get(null) ?? 0) + count);
    }
    const groups = [...counts].sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : compareIds(a, b)));
    for (const [group, count] of groups) {
      const id = group === null ? `${MORE_PREFIX}${center}` : `${MORE_PREFIX}${center}|${group}`;
      more.push({ id, center, count, group });
    }
  }
  return { nodes, edges, more, path: onPath, expanded };
}
