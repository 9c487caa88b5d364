import type { Extraction, GraphEdge, GraphNode } from '../../model/index.js';
import { LANGUAGES as ONTOLOGY_LANGUAGES } from '../../ontology/generated.js';
import type { Ontology } from '../../ontology/index.js';
import { canonicalEvidence, edgeId } from './edgeMerge.js';
import { addNodeContribution, emptyNodeState, nodeFromState } from './nodeMerge.js';

const LANGUAGES = new Set<string>(ONTOLOGY_LANGUAGES);

/** A checked extraction: one node per id (duplicates merged in array order), one edge per id. */
export interface PreparedExtraction {
  extraction: Extraction;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/**
 * Check an extraction before anything is written (docs/store-semantics.md §1) and fold duplicates.
 * Returns the list of problems, or the prepared extraction.
 */
export function validateExtraction(
  extraction: Extraction,
  ontology: Ontology,
): { ok: true; value: PreparedExtraction } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const doc = extraction?.document;
  if (!doc || typeof doc.id !== 'string' || doc.id === '')
    return { ok: false, problems: ['document.id is missing'] };
  if (typeof doc.sha256 !== 'string' || doc.sha256 === '') problems.push('document.sha256 is missing');
  if (!LANGUAGES.has(doc.language))
    problems.push(`document.language "${String(doc.language)}" is not fr, en or es`);
  if (typeof doc.text !== 'string') problems.push('document.text is missing');

  const byId = new Map<string, ReturnType<typeof emptyNodeState>>();
  for (const [i, node] of (extraction.nodes ?? []).entries()) {
    if (!node || typeof node.id !== 'string' || node.id === '') {
      problems.push(`nodes[${i}]: id is missing`);
      continue;
    }
    if (!ontology.isNodeKind(node.kind))
      problems.push(`nodes[${i}] ${node.id}: unknown kind "${String(node.kind)}"`);
    if (typeof node.name !== 'string' || node.name === '')
      problems.push(`nodes[${i}] ${node.id}: name is missing`);
    byId.set(node.id, addNodeContribution(byId.get(node.id) ?? emptyNodeState(node.id), doc.id, node));
  }

  const edges = new Map<string, GraphEdge>();
  for (const [i, edge] of (extraction.edges ?? []).entries()) {
    const where = `edges[${i}] ${String(edge?.id)}`;
    if (!edge || !ontology.isRelationKind(edge.type)) {
      problems.push(`${where}: unknown relation type "${String(edge?.type)}"`);
      continue;
    }
    if (edge.id !== edgeId(edge.type, edge.from, edge.to)) {
      problems.push(`${where}: id must be "${edgeId(edge.type, edge.from, edge.to)}"`);
    }
    if (!byId.has(edge.from))
      problems.push(`${where}: from "${edge.from}" is not among the extraction's nodes`);
    if (!byId.has(edge.to)) problems.push(`${where}: to "${edge.to}" is not among the extraction's nodes`);
    if (!Array.isArray(edge.evidence) || edge.evidence.length === 0) problems.push(`${where}: no evidence`);
    for (const [j, ev] of (edge.evidence ?? []).entries()) {
      if (ev.document !== doc.id) problems.push(`${where}: evidence[${j}].document must be "${doc.id}"`);
    }
    const previous = edges.get(edge.id);
    edges.set(edge.id, {
      ...edge,
      props: { ...edge.props, ...previous?.props },
      evidence: [...(previous?.evidence ?? []), ...(edge.evidence ?? [])],
    });
  }

  for (const [i, mention] of (doc.mentions ?? []).entries()) {
    if (!byId.has(mention.node))
      problems.push(`document.mentions[${i}]: node "${mention.node}" is not among the nodes`);
  }

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: {
      extraction,
      nodes: [...byId.values()].map(nodeFromState),
      edges: [...edges.values()].map((e) => ({ ...e, evidence: canonicalEvidence(e.evidence) })),
    },
  };
}
