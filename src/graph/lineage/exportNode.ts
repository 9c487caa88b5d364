import type { GraphExport, GraphNode } from '../../model/index.js';
import { compareStrings } from './nodeMerge.js';

const CORE = new Set(['id', 'kind', 'name', 'code', 'acronym', 'aliases', 'labels']);

/** A node as exported: core fields, then props flattened in key order (a prop named like a core field is dropped). */
export function exportNode(node: GraphNode): GraphExport['nodes'][number] {
  const out: Record<string, unknown> = { id: node.id, kind: node.kind, name: node.name };
  if (node.code !== undefined) out.code = node.code;
  if (node.acronym !== undefined) out.acronym = node.acronym;
  out.aliases = node.aliases;
  out.labels = Object.fromEntries(Object.entries(node.labels).sort(([a], [b]) => compareStrings(a, b)));
  for (const key of Object.keys(node.props).sort(compareStrings)) {
    if (!CORE.has(key) && node.props[key] !== undefined) out[key] = node.props[key];
  }
  return out as GraphExport['nodes'][number];
}
