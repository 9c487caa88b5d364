import DataLoader from 'dataloader';
import type { DocumentRecord, GraphEdge, GraphNode } from '../graph/model.js';
import type { GraphStore } from '../graph/store.js';

/** Stored direction of an edge relative to a node: `out` when the node is the source. */
export type EdgeSide = 'out' | 'in';

export interface Loaders {
  nodes: DataLoader<string, GraphNode | null>;
  documents: DataLoader<string, DocumentRecord | null>;
  /** Key `${side}:${nodeId}`: every edge of any type on that side of the node, ordered by id. */
  edges: DataLoader<string, GraphEdge[]>;
}

/**
 * Per-request batching so a nested query costs a fixed number of store calls per level of nesting,
 * whatever the number of items: one getNodes, one getDocuments, and at most one edges call per side.
 * `beforeCall` runs before every store call (the request deadline check).
 */
export function createLoaders(store: GraphStore, beforeCall: () => void = () => {}): Loaders {
  const nodes = new DataLoader<string, GraphNode | null>(async (ids) => {
    beforeCall();
    return store.getNodes([...ids]);
  });
  const documents = new DataLoader<string, DocumentRecord | null>(async (ids) => {
    beforeCall();
    return store.getDocuments([...ids]);
  });
  const edges = new DataLoader<string, GraphEdge[]>(async (keys) => {
    const wanted: Record<EdgeSide, string[]> = { out: [], in: [] };
    for (const key of keys) {
      const { side, id } = splitEdgeKey(key);
      wanted[side].push(id);
    }
    const found = new Map<string, GraphEdge[]>();
    const load = async (side: EdgeSide) => {
      if (wanted[side].length === 0) return;
      beforeCall();
      const list = await store.edges({ ids: wanted[side], direction: side });
      for (const edge of list) {
        const key = edgeKey(side, side === 'out' ? edge.from : edge.to);
        const bucket = found.get(key);
        if (bucket) bucket.push(edge);
        else found.set(key, [edge]);
      }
    };
    await Promise.all([load('out'), load('in')]);
    return keys.map((key) => found.get(key) ?? []);
  });
  return { nodes, documents, edges };
}

export function edgeKey(side: EdgeSide, id: string): string {
  return `${side}:${id}`;
}

function splitEdgeKey(key: string): { side: EdgeSide; id: string } {
  const side = key.startsWith('out:') ? 'out' : 'in';
  return { side, id: key.slice(side.length + 1) };
}

/** Make nodes a store call already returned available without another call. */
export function primeNodes(loaders: Loaders, list: Iterable<GraphNode>): void {
  for (const node of list) loaders.nodes.prime(node.id, node);
}
