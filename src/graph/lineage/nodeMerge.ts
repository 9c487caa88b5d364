import type { GraphNode, Language, NodeProps } from '../../model/index.js';

type Scalar = string | number | boolean;

/**
 * What the store keeps per node so that merging stays order-free and incremental: for every field, the value
 * of the best-ranked contribution that has it, that contribution's document and whether it is the node's own
 * document; plus every name seen. Rank: own documents first (the documents whose Resolution this node is, see
 * `ownNodeId`), then by document id ascending.
 */
export interface NodeMergeState {
  id: string;
  /** 'kind' | 'name' | 'code' | 'acronym' | 'labels.<lang>' | 'props.<key>' → [value, document, own 1|0]. */
  fields: Record<string, [Scalar, string, number?]>;
  /** Every contribution's name and aliases, sorted, distinct. */
  names: string[];
}

export function emptyNodeState(id: string): NodeMergeState {
  return { id, fields: {}, names: [] };
}

/**
 * True when a contribution from document `candidate` outranks one from `current` (own = the document's own
 * node is this node). Within one document the first occurrence wins.
 */
export function outranks(
  candidate: string,
  candidateOwn: boolean,
  current: string,
  currentOwn: boolean,
): boolean {
  if (candidate === current) return false;
  if (candidateOwn !== currentOwn) return candidateOwn;
  return candidate < current;
}

function present(value: unknown): value is Scalar {
  return (
    (typeof value === 'string' && value !== '') ||
    (typeof value === 'number' && Number.isFinite(value)) ||
    typeof value === 'boolean'
  );
}

/**
 * Add one document's view of a node. Pure and commutative: any order of contributions gives the same state.
 * `own`: this document is the node's own document (default: the document id equals the node id).
 */
export function addNodeContribution(
  state: NodeMergeState,
  document: string,
  node: GraphNode,
  own = document === state.id,
): NodeMergeState {
  const fields = { ...state.fields };
  const offer = (key: string, value: unknown): void => {
    if (!present(value)) return;
    const current = fields[key];
    const currentOwn = current ? (current[2] ?? (current[1] === state.id ? 1 : 0)) === 1 : false;
    if (!current || outranks(document, own, current[1], currentOwn))
      fields[key] = [value, document, own ? 1 : 0];
  };
  offer('kind', node.kind);
  offer('name', node.name);
  offer('code', node.code);
  offer('acronym', node.acronym);
  for (const [lang, label] of Object.entries(node.labels ?? {})) offer(`labels.${lang}`, label);
  for (const [key, value] of Object.entries(node.props ?? {})) offer(`props.${key}`, value);
  const names = new Set(state.names);
  if (present(node.name)) names.add(node.name);
  for (const alias of node.aliases ?? []) if (present(alias)) names.add(alias);
  return { id: state.id, fields, names: [...names].sort(compareStrings) };
}

/** Merge every contribution of one node from scratch. */
export function mergeNodeContributions(
  id: string,
  contributions: Iterable<{ document: string; node: GraphNode; own?: boolean }>,
): NodeMergeState {
  let state = emptyNodeState(id);
  for (const c of contributions)
    state = addNodeContribution(state, c.document, c.node, c.own ?? c.document === id);
  return state;
}

/** The merged node, in canonical shape (see docs/store-semantics.md). */
export function nodeFromState(state: NodeMergeState): GraphNode {
  const labels: Partial<Record<Language, string>> = {};
  const props: NodeProps = {};
  for (const key of Object.keys(state.fields).sort(compareStrings)) {
    const value = state.fields[key]![0];
    if (key.startsWith('labels.')) labels[key.slice(7) as Language] = String(value);
    else if (key.startsWith('props.')) props[key.slice(6)] = value;
  }
  const fallbackName = state.fields.name?.[0];
  const name = labels.en ?? (fallbackName === undefined ? state.id : String(fallbackName));
  const node: GraphNode = {
    id: state.id,
    kind: String(state.fields.kind?.[0] ?? ''),
    name,
    aliases: state.names.filter((n) => n !== name),
    labels,
    props,
  };
  const code = state.fields.code?.[0];
  const acronym = state.fields.acronym?.[0];
  return canonicalNode({
    ...node,
    ...(code === undefined ? {} : { code: String(code) }),
    ...(acronym === undefined ? {} : { acronym: String(acronym) }),
  });
}

/** Key order id, kind, name, code?, acronym?, aliases, labels, props (so JSON output is stable). */
export function canonicalNode(node: GraphNode): GraphNode {
  const out: GraphNode = { id: node.id, kind: node.kind, name: node.name } as GraphNode;
  if (node.code !== undefined) out.code = node.code;
  if (node.acronym !== undefined) out.acronym = node.acronym;
  out.aliases = node.aliases;
  out.labels = node.labels;
  out.props = node.props;
  return out;
}

/** Code-unit string order, the order of every id and key in both stores. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
