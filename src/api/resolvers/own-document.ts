import type { DocumentRecord, GraphNode } from '../../model/index.js';
import type { ApiContext } from '../context.js';

const LANGUAGES = ['fr', 'en', 'es'] as const;

/**
 * A coded node's own source document. Documents are stored per language version as `document:<code>.<lang>`
 * (docs/extraction.md), never under the node's id, so the node's own language is tried first, then the others.
 */
export async function ownDocument(ctx: ApiContext, node: GraphNode): Promise<DocumentRecord | null> {
  const direct = await ctx.loaders.documents.load(node.id);
  if (direct || node.code === undefined) return direct;
  const own = node.props.language;
  const order = [...LANGUAGES].sort((a, b) => Number(b === own) - Number(a === own));
  const docs = await Promise.all(
    order.map((lang) => ctx.loaders.documents.load(`document:${node.code}.${lang}`)),
  );
  return docs.find((d): d is DocumentRecord => d !== null) ?? null;
}

/** The resolution a document is the text of: the node under the document's own id, else `resolution:<code>`. */
export async function documentOwner(ctx: ApiContext, doc: DocumentRecord): Promise<GraphNode | null> {
  const direct = await ctx.loaders.nodes.load(doc.id);
  if (direct) return direct;
  const code = /^document:(.+)\.[a-z]{2}$/.exec(doc.id)?.[1];
  return code ? ctx.loaders.nodes.load(`resolution:${code}`) : null;
}
