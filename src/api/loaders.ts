import DataLoader from 'dataloader';
import type { GraphStore } from '../graph/store.js';
import type { DocumentRecord, GraphEdge, GraphNode } from '../model/index.js';

/** Stored direction of an edge relative to a node: `out` when the node is the source. */
export type EdgeSide = 'out' | 'in';

export interface Loaders {
  nodes: DataLoader<string, GraphNode | null>;
  documents: DataLoader<string, DocumentRecord | null>;
  /** Key `${side}:${nodeId}`: every edge of any type on that side of the node, ordered by id. */
  edges: DataLoader<string, GraphEdge[]>;
  /** Nodes this request already holds, for synchronous lookups (large lineages resolve without a promise per edge end). */
  known: Map<string, GraphNode>;
}

/** Hooks a request's budget into its loaders. */
export interface LoaderGuards {
  /** Runs before every store call (the request deadline check). */
  beforeCall(): void;
  /** Counts items a store call returned (the request's item budget). */
  charge(items: number): void;
}

const NO_GUARDS: LoaderGuards = { beforeCall: () => {}, charge: () => {} };

/**
 * Per-request batching so a nested query costs a fixed number of store calls per level of nesting,
 * whatever the number of items: one getNodes, one getDocuments, and at most one edges call per side.
 */
export function createLoaders(store: GraphStore, guards: LoaderGuards = NO_GUARDS): Loaders {
  const { beforeCall, charge } = guards;
  const known = new Map<string, GraphNode>();
  const nodes = new DataLoader<string, GraphNode | null>(async (ids) => {
    // Nodes the request already holds (see primeNodes) come from `known`; only the others cost a store call.
    const missing = ids.filter((id) => !known.has(id));
    const fetched = new Map<string, GraphNode | null>();
    if (missing.length) {
      beforeCall();
      const found = await store.getNodes(missing);
      charge(found.length);
      found.forEach((node, i) => {
        fetched.set(missing[i] as string, node);
        if (node) known.set(node.id, node);
      });
    }
    return ids.map((id) => fetched.get(id) ?? known.get(id) ?? null);
  });
  const documents = new DataLoader<string, DocumentRecord | null>(async (ids) => {
    beforeCall();
    const found = await store.getDocuments([...ids]);
    charge(found.length);
    return found;
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
      charge(list.length);
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
  return { nodes, documents, edges, known };
}

export function edgeKey(side: EdgeSide, id: string): string {
  return `${side}:${id}`;
}

function splitEdgeKey(key: string): { side: EdgeSide; id: string } {
  const side = key.startsWith('out:') ? 'out' : 'in';
  return { side, id: key.slice(side.length + 1) };
}

/**
 * Make nodes a store call already returned available without another call. They go to `known` only, which
 * the nodes loader consults before the store: priming the DataLoader itself would make a promise per node,
 * a measurable cost for a lineage of hundreds of nodes.
 */
export function primeNodes(loaders: Loaders, list: Iterable<GraphNode>): void {
  for (const node of list) loaders.known.set(node.id, node);
}
