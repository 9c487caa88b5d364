import type { Extraction } from '../../model/index.js';

/**
 * The node a document is the text of (its Resolution): the node whose id is the document id when there is
 * one; else the node whose code names the document (`document:<code>.<lang>`, so both language versions share
 * one `resolution:<code>` node); else the first node of the extraction. The extractor sorts nodes by id, so
 * "first" alone would pick whatever sorts first (an addressee), which then gathered the clause text of every
 * document that mentions it and won their merges.
 */
export function ownNodeId(extraction: Extraction): string | undefined {
  const { id, language } = extraction.document;
  if (extraction.nodes.some((n) => n.id === id)) return id;
  const coded = extraction.nodes.find((n) => n.code !== undefined && `document:${n.code}.${language}` === id);
  return coded?.id ?? extraction.nodes[0]?.id;
}
