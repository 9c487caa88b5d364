import type { Filters } from '../state/state.ts';
import type { ViewGraph } from './view-graph.ts';

export interface Visible {
  nodes: Set<string>;
  edges: Set<string>;
  more: Set<string>;
}

/** A year bound widens to the whole year: 'from 2010' starts on 1 January, 'to 2014' ends on 31 December. */
export function dateBounds(filters: Pick<Filters, 'from' | 'to'>): {
  from: string | null;
  to: string | null;
} {
  const widen = (value: string | null, suffix: string) =>
    value === null ? null : value.length === 4 ? `${value}${suffix}` : value;
  return { from: widen(filters.from, '-01-01'), to: widen(filters.to, '-12-31') };
}

/**
 * Whether a node's date lies in the inclusive bounds (as `dateBounds` widens them). A year-only date
 * ('YYYY') is in range when its year overlaps the bounds. Undated nodes are outside any set bound: a date
 * filter asks for what is known to fall in the range, and the timeline lists the undated apart.
 */
export function dateInRange(date: string | null, from: string | null, to: string | null): boolean {
  if (from === null && to === null) return true;
  if (!date) return false;
  if (date.length === 4) {
    return (from === null || date >= from.slice(0, 4)) && (to === null || date <= to.slice(0, 4));
  }
  return (from === null || date >= from) && (to === null || date <= to);
}

/**
 * What the filters leave visible. A date filter hides undated nodes (see `dateInRange`). Edges need both ends visible and
 * their type shown; a node left with no visible edge is hidden too, except the focus and path ends,
 * so a filter never leaves islands behind.
 */
export function visibleElements(graph: ViewGraph, filters: Filters, focus: string | null): Visible {
  const { from, to } = dateBounds(filters);
  const hiddenKinds = new Set(filters.hiddenKinds);
  const hiddenRelations = new Set(filters.hiddenRelations);
  const hiddenNodes = new Set(filters.hiddenNodes ?? []);
  const pinned = (id: string) => id === focus || graph.path.has(id);
  const candidates = new Set<string>();
  for (const node of graph.nodes.values()) {
    const inRange = dateInRange(node.date, from, to);
    const shown = !hiddenKinds.has(node.kind) && !hiddenNodes.has(node.id) && inRange;
    if (pinned(node.id) || shown) candidates.add(node.id);
  }
  const edges = new Set<string>();
  const touched = new Set<string>();
  for (const edge of graph.edges.values()) {
    if (hiddenRelations.has(edge.type) || !candidates.has(edge.from) || !candidates.has(edge.to)) continue;
    edges.add(edge.id);
    touched.add(edge.from);
    touched.add(edge.to);
  }
  const nodes = new Set([...candidates].filter((id) => pinned(id) || touched.has(id)));
  const more = new Set(graph.more.filter((m) => nodes.has(m.center)).map((m) => m.id));
  return { nodes, edges, more };
}
