import type { Clause, DocumentRecord, Evidence, GraphEdge } from '../../model/index.js';
import type { ApiContext } from '../context.js';
import type { MentionRecord } from './entity.js';
import { edgeEnd } from './lookups.js';
import { documentOwner } from './own-document.js';

/** Resolvers of the provenance types: Relation, Evidence, Mention, Document. */

async function requireDocument(ctx: ApiContext, id: string): Promise<DocumentRecord> {
  const doc = await ctx.loaders.documents.load(id);
  // Evidence and mentions always come from a stored document; a missing one is a broken store (INTERNAL).
  if (!doc) throw new Error(`Evidence points to a missing document ${id}`);
  return doc;
}

async function clauseOf(ctx: ApiContext, documentId: string, index: number): Promise<Clause> {
  const doc = await requireDocument(ctx, documentId);
  const clause = doc.clauses.find((c) => c.index === index);
  if (!clause) throw new Error(`Document ${documentId} has no clause ${index}`);
  return clause;
}

export const provenanceResolvers = {
  Relation: {
    from: (edge: GraphEdge, _args: unknown, ctx: ApiContext) => edgeEnd(ctx, edge, 'from'),
    to: (edge: GraphEdge, _args: unknown, ctx: ApiContext) => edgeEnd(ctx, edge, 'to'),
    sourceIsAntecedent: (edge: GraphEdge, _args: unknown, ctx: ApiContext) =>
      ctx.ontology.relationKind(edge.type).antecedent === 'source',
    props: (edge: GraphEdge) => edge.props ?? null,
  },
  Evidence: {
    document: (ev: Evidence, _args: unknown, ctx: ApiContext) => requireDocument(ctx, ev.document),
    clause: (ev: Evidence, _args: unknown, ctx: ApiContext) => clauseOf(ctx, ev.document, ev.clause),
  },
  Mention: {
    document: (m: MentionRecord, _args: unknown, ctx: ApiContext) => requireDocument(ctx, m.document),
    clause: (m: MentionRecord, _args: unknown, ctx: ApiContext) => clauseOf(ctx, m.document, m.clause),
    node: async (m: MentionRecord, _args: unknown, ctx: ApiContext) => {
      const node = await ctx.loaders.nodes.load(m.node);
      if (!node) throw new Error(`Mention in ${m.document} points to a missing node ${m.node}`);
      return node;
    },
  },
  Document: {
    resolution: (doc: DocumentRecord, _args: unknown, ctx: ApiContext) => documentOwner(ctx, doc),
  },
};
