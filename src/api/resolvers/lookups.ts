import { NotFoundError } from '../../errors.js';
import type { DocumentRecord, GraphEdge, GraphNode } from '../../model/index.js';
import type { ApiContext } from '../context.js';
import { edgeKey } from '../loaders.js';

/** Shared reads used by several resolvers, all through the request's loaders. */

export async function requireNode(ctx: ApiContext, id: string): Promise<GraphNode> {
  const node = await ctx.loaders.nodes.load(id);
  if (!node) throw new NotFoundError(`No node with id "${id}"`, { id });
  return node;
}

/**
 * The node an edge end points at: synchronously when the request already holds it (the common case after a
 * lineage or search), else through the loader. A missing node means a broken store, hence a plain (INTERNAL) error.
 */
export function edgeEnd(
  ctx: ApiContext,
  edge: GraphEdge,
  end: 'from' | 'to',
): GraphNode | Promise<GraphNode> {
  const id = edge[end];
  return (
    ctx.loaders.known.get(id) ??
    ctx.loaders.nodes.load(id).then((node) => {
      if (!node) throw new Error(`Relation ${edge.id} points to a missing node ${id}`);
      return node;
    })
  );
}

/** Edges touching a node, optionally only some types and one stored side; ordered by id, no duplicates. */
export async function edgesOf(
  ctx: ApiContext,
  id: string,
  direction: 'out' | 'in' | 'both',
  types?: readonly string[] | null,
): Promise<GraphEdge[]> {
  const sides = direction === 'both' ? (['out', 'in'] as const) : ([direction] as const);
  const lists = await Promise.all(sides.map((side) => ctx.loaders.edges.load(edgeKey(side, id))));
  const byId = new Map<string, GraphEdge>();
  for (const edge of lists.flat()) {
    if (!types?.length || types.includes(edge.type)) byId.set(edge.id, edge);
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Nodes for ids in the given order, skipping absent ones. */
export async function nodesFor(ctx: ApiContext, ids: readonly string[]): Promise<GraphNode[]> {
  // Promise.all rather than loadMany: a store failure must surface (as UNAVAILABLE), not vanish.
  const nodes = await Promise.all([...new Set(ids)].map((id) => ctx.loaders.nodes.load(id)));
  return nodes.filter((n): n is GraphNode => n !== null);
}

/**
 * Documents that speak of a node: those whose evidence states a relation touching it,
 * plus its own document when it is a resolution. Ordered by id.
 */
export async function documentsAbout(ctx: ApiContext, node: GraphNode): Promise<DocumentRecord[]> {
  const edges = await edgesOf(ctx, node.id, 'both');
  const ids = new Set<string>([node.id]);
  for (const edge of edges) for (const ev of edge.evidence) ids.add(ev.document);
  const docs = await Promise.all([...ids].sort().map((id) => ctx.loaders.documents.load(id)));
  return docs.filter((d): d is DocumentRecord => d !== null);
}
