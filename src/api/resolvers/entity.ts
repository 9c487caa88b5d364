import type { DocumentRecord, GraphNode, Mention } from '../../model/index.js';
import type { ApiContext } from '../context.js';
import { documentsAbout, edgesOf, nodesFor } from './lookups.js';
import { ownDocument } from './own-document.js';

/** A mention as stored in a document record: which node it names. */
export type MentionRecord = Mention & { node: string };

type EntityResolver = (node: GraphNode, args: Record<string, unknown>, ctx: ApiContext) => unknown;

/** GraphNode fields that GraphQL's default resolver reads directly; every other scalar field is a prop. */
export const NODE_FIELDS: ReadonlySet<string> = new Set(['id', 'kind', 'name', 'code', 'acronym', 'aliases']);

/**
 * Entity fields computed from more than the node itself, by field name, for whichever entity type declares them.
 * Relation fields are not here: they come from the @follow directive (see follow.ts).
 */
export const computedEntityFields: Record<string, EntityResolver> = {
  labels: (node) =>
    Object.entries(node.labels)
      .filter(([, text]) => !!text)
      .map(([language, text]) => ({ language, text })),

  mentions: async (node, _args, ctx): Promise<MentionRecord[]> =>
    (await documentsAbout(ctx, node)).flatMap((doc) => doc.mentions.filter((m) => m.node === node.id)),

  relations: (node, args, ctx) => {
    const direction = (args.direction as 'out' | 'in' | 'both' | undefined) ?? 'both';
    return edgesOf(ctx, node.id, direction, args.types as string[] | null | undefined);
  },

  clauses: async (node, _args, ctx) => (await ownDocument(ctx, node))?.clauses ?? [],

  document: (node, _args, ctx): Promise<DocumentRecord | null> => ownDocument(ctx, node),

  mentionedIn: async (node, _args, ctx) => {
    const docs = await documentsAbout(ctx, node);
    return nodesFor(
      ctx,
      docs.map((d) => d.id).filter((id) => id !== node.id),
    );
  },
};

/** A kind-specific property (title, date, bodyType, ...) read from `props`. */
export function propResolver(field: string): EntityResolver {
  return (node) => node.props[field] ?? null;
}
