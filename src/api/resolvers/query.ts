import { type GraphQLResolveInfo, getNamedType } from 'graphql';
import { NotFoundError } from '../../errors.js';
import type { PathResult } from '../../graph/store.js';
import type { GraphNode } from '../../model/index.js';
import { parseArgs } from '../args.js';
import type { ApiContext } from '../context.js';
import { primeNodes } from '../loaders.js';
import { lineageReadsKeysOnly, selectionOf } from '../selection.js';
import { requireNode } from './lookups.js';

type Args = Record<string, unknown>;
const kindOf = (info: GraphQLResolveInfo): string => getNamedType(info.returnType).name;
const nonEmpty = <T>(list: T[] | null | undefined): T[] | undefined => (list?.length ? list : undefined);

/** Resolve a code in any accepted spelling to the node of the wanted kind. */
async function byCode(ctx: ApiContext, code: string, kind: string): Promise<GraphNode> {
  for (const candidate of ctx.codeSpellings(code)) {
    const node = await ctx.store.findByCode(candidate);
    if (node && node.kind === kind) {
      primeNodes(ctx.loaders, [node]);
      return node;
    }
  }
  throw new NotFoundError(`No ${kind} with code "${code}"`, { code });
}

/** Thin resolvers: validate the arguments, call the store once, prime the loaders with what came back. */
export const queryResolvers = {
  node: (_: unknown, args: Args, ctx: ApiContext) =>
    ctx.loaders.nodes.load(parseArgs(ctx.args.byId, args).id),

  entity: (_: unknown, args: Args, ctx: ApiContext) => requireNode(ctx, parseArgs(ctx.args.byId, args).id),

  // The wanted kind is the field's return type (kind names equal type names), so no kind is named here.
  resolution: (_: unknown, args: Args, ctx: ApiContext, info: GraphQLResolveInfo) =>
    byCode(ctx, parseArgs(ctx.args.byCode, args).code, kindOf(info)),

  report: (_: unknown, args: Args, ctx: ApiContext, info: GraphQLResolveInfo) =>
    byCode(ctx, parseArgs(ctx.args.byCode, args).code, kindOf(info)),

  body: async (_: unknown, args: Args, ctx: ApiContext, info: GraphQLResolveInfo) => {
    const { name } = parseArgs(ctx.args.byName, args);
    const kind = kindOf(info);
    const [first] = await ctx.store.findByName(name, [kind]);
    if (!first) throw new NotFoundError(`No ${kind} named "${name}"`, { name });
    primeNodes(ctx.loaders, [first]);
    return first;
  },

  lookup: async (_: unknown, args: Args, ctx: ApiContext) => {
    const { name, kinds } = parseArgs(ctx.args.lookup, args);
    const found = await ctx.store.findByName(name, nonEmpty(kinds));
    primeNodes(ctx.loaders, found);
    return found;
  },

  search: async (_: unknown, args: Args, ctx: ApiContext) => {
    const { text, kinds, first, after } = parseArgs(ctx.args.search, args);
    const page = await ctx.store.search({ text, kinds: nonEmpty(kinds), first, after: after ?? undefined });
    primeNodes(
      ctx.loaders,
      page.items.map((hit) => hit.node),
    );
    return {
      edges: page.items,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    };
  },

  lineage: async (_: unknown, args: Args, ctx: ApiContext, info: GraphQLResolveInfo) => {
    const a = parseArgs(ctx.args.lineage, args);
    const query = {
      id: a.id,
      direction: a.direction,
      depth: a.depth,
      relationTypes: nonEmpty(a.relationTypes),
      asOf: a.asOf ?? undefined,
      perHopLimit: a.perHopLimit ?? undefined,
    };
    // One store call: the store answers NOT_FOUND for an unknown start, and returns the start at hop 0.
    // A selection of ids, kinds and hops only is answered from the walk's structure, without node data.
    const selection = selectionOf(info);
    if (lineageReadsKeysOnly(selection)) {
      const keys = await ctx.store.lineageKeys(query, { edges: selection.has('edges') });
      const nodes = keys.nodes.map(({ id, kind, hop }) => ({ node: { id, kind }, hop }));
      const start = nodes[0]?.node;
      if (!start) throw new Error(`Lineage of ${a.id} came back without its start node`);
      return { start, nodes, edges: keys.edges, truncated: keys.truncated };
    }
    const result = await ctx.store.lineage(query);
    primeNodes(
      ctx.loaders,
      result.nodes.map((n) => n.node),
    );
    const start = result.nodes[0]?.node;
    if (!start) throw new Error(`Lineage of ${a.id} came back without its start node`);
    return { start, ...result };
  },

  lineageCounts: async (_: unknown, args: Args, ctx: ApiContext) => {
    const a = parseArgs(ctx.args.lineageCounts, args);
    return ctx.store.lineageCounts({
      id: a.id,
      direction: a.direction,
      depth: a.depth,
      relationTypes: nonEmpty(a.relationTypes),
      asOf: a.asOf ?? undefined,
    });
  },

  path: async (_: unknown, args: Args, ctx: ApiContext) => {
    const a = parseArgs(ctx.args.path, args);
    await Promise.all([requireNode(ctx, a.from), requireNode(ctx, a.to)]);
    const result: PathResult | null = await ctx.store.path({
      from: a.from,
      to: a.to,
      maxDepth: a.maxDepth,
      relationTypes: nonEmpty(a.relationTypes),
    });
    if (!result) return null;
    primeNodes(ctx.loaders, result.nodes);
    return { ...result, length: result.edges.length };
  },

  timeline: async (_: unknown, args: Args, ctx: ApiContext) => {
    const a = parseArgs(ctx.args.timeline, args);
    const items = await ctx.store.timeline({
      from: a.from ?? undefined,
      to: a.to ?? undefined,
      kinds: nonEmpty(a.kinds),
      limit: a.limit,
    });
    primeNodes(
      ctx.loaders,
      items.map((i) => i.node),
    );
    return items;
  },

  relations: async (_: unknown, args: Args, ctx: ApiContext) => {
    const a = parseArgs(ctx.args.relations, args);
    const page = await ctx.store.relations(a.type ?? undefined, a.first, a.after ?? undefined);
    return { nodes: page.items, pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor } };
  },

  document: async (_: unknown, args: Args, ctx: ApiContext) => {
    const { id } = parseArgs(ctx.args.byId, args);
    const doc = await ctx.loaders.documents.load(id);
    if (!doc) throw new NotFoundError(`No document with id "${id}"`, { id });
    return doc;
  },

  stats: async (_: unknown, _args: Args, ctx: ApiContext) => {
    const stats = await ctx.store.stats();
    return {
      ...stats,
      nodesByKind: Object.entries(stats.nodesByKind)
        .map(([kind, count]) => ({ kind, count }))
        .sort((a, b) => a.kind.localeCompare(b.kind)),
      edgesByType: Object.entries(stats.edgesByType)
        .map(([type, count]) => ({ type, count }))
        .sort((a, b) => a.type.localeCompare(b.type)),
    };
  },

  ontology: (_: unknown, _args: Args, ctx: ApiContext) => ({
    nodeKinds: ctx.ontology.nodeKinds.map((kind) => {
      const spec = ctx.ontology.nodeKind(kind);
      return { kind, description: spec.description, subtypes: spec.subtypes ?? [] };
    }),
    relationKinds: ctx.ontology.relationKinds.map((type) => {
      const spec = ctx.ontology.relationKind(type);
      return {
        type,
        description: spec.description,
        from: spec.from,
        to: spec.to,
        sourceIsAntecedent: spec.antecedent === 'source',
      };
    }),
  }),
};
