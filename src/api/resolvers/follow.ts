import type { GraphNode } from '../../model/index.js';
import type { ApiContext } from '../context.js';
import { edgesOf, nodesFor } from './lookups.js';

export interface FollowSpec {
  /** Relation type to follow. */
  type: string;
  /** Stored side the parent is on: 'out' when it is the edge's source. */
  side: 'out' | 'in';
  /** The field returns a list (else the first match or null). */
  list: boolean;
  /** When the field's item type is a concrete object type, only nodes of that kind fit. */
  onlyKind?: string;
}

/** Resolver for a field marked `@follow(type, direction)`: the entities at the other end, by edge id order. */
export function followResolver(spec: FollowSpec) {
  return async (
    node: GraphNode,
    _args: unknown,
    ctx: ApiContext,
  ): Promise<GraphNode[] | GraphNode | null> => {
    const edges = await edgesOf(ctx, node.id, spec.side, [spec.type]);
    const others = await nodesFor(
      ctx,
      edges.map((e) => (spec.side === 'out' ? e.to : e.from)),
    );
    const fitting = spec.onlyKind ? others.filter((n) => n.kind === spec.onlyKind) : others;
    return spec.list ? fitting : (fitting[0] ?? null);
  };
}
