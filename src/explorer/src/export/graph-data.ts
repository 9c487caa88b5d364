import type { EdgeInfo, NodeSummary } from '../api/types.ts';

/** The data behind the current view: what JSON and GraphML exports contain. */
export interface GraphData {
  nodes: NodeSummary[];
  edges: EdgeInfo[];
}

export function toJson(data: GraphData): string {
  return `${JSON.stringify({ nodes: data.nodes, edges: data.edges }, null, 2)}\n`;
}
