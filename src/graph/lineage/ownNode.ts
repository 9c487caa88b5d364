import type { Extraction } from '../model.js';

/**
 * The node a document is the text of (its Resolution): the node whose id is the document id when there is
 * one, else the first node of the extraction (the extractor lists the document's own Resolution first, and
 * language versions `document:<code>.<lang>` share one `resolution:<code>` node).
 */
export function ownNodeId(extraction: Extraction): string | undefined {
  const id = extraction.document.id;
  if (extraction.nodes.some((n) => n.id === id)) return id;
  return extraction.nodes[0]?.id;
}
