import type { NodeSummary, TimelineEntry } from '../api/types.ts';
import type { ViewGraph } from './view-graph.ts';

/** The nodes of the view on a time axis: dated ones oldest first, undated ones apart. */
export interface ViewTimeline {
  dated: TimelineEntry[];
  undated: NodeSummary[];
  /** First and last year of the dated nodes; null when none is dated. */
  years: { min: number; max: number } | null;
}

/**
 * The timeline of what is in view: the graph's nodes whose ids are in `shown` (the view with every filter
 * but the date range applied, so the range can be seen and moved), dated ones by date then id, undated
 * ones by id. Pure, so the same view always gives the same timeline.
 */
export function viewTimeline(graph: ViewGraph, shown: ReadonlySet<string>): ViewTimeline {
  const dated: TimelineEntry[] = [];
  const undated: NodeSummary[] = [];
  for (const node of graph.nodes.values()) {
    if (!shown.has(node.id)) continue;
    if (node.date) dated.push({ date: node.date, node });
    else undated.push(node);
  }
  const byId = (a: NodeSummary, b: NodeSummary) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  dated.sort((a, b) => a.date.localeCompare(b.date) || byId(a.node, b.node));
  undated.sort(byId);
  const first = dated[0];
  const last = dated[dated.length - 1];
  const years =
    first && last ? { min: Number(first.date.slice(0, 4)), max: Number(last.date.slice(0, 4)) } : null;
  return { dated, undated, years };
}
