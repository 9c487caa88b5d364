import type { FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/** A selection as a tree of field names (aliases and fragments merged; directives ignored, so a superset). */
export type SelectionTree = Map<string, SelectionTree>;

function merge(
  set: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  into: SelectionTree,
): SelectionTree {
  for (const selection of set?.selections ?? []) {
    if (selection.kind === 'Field') {
      const name = selection.name.value;
      const child = into.get(name) ?? new Map();
      into.set(name, merge(selection.selectionSet, fragments, child));
    } else if (selection.kind === 'InlineFragment') {
      merge(selection.selectionSet, fragments, into);
    } else {
      merge(fragments[selection.name.value]?.selectionSet, fragments, into);
    }
  }
  return into;
}

/** The fields a resolver's caller selects under it. */
export function selectionOf(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): SelectionTree {
  const tree: SelectionTree = new Map();
  for (const node of info.fieldNodes) merge(node.selectionSet, info.fragments, tree);
  return tree;
}

/** True when `tree` selects only the given fields, each with its own allowed sub-selection. */
function within(
  tree: SelectionTree | undefined,
  allowed: Record<string, Record<string, unknown> | true>,
): boolean {
  if (!tree) return true;
  for (const [name, child] of tree) {
    if (name === '__typename') continue;
    const rule = allowed[name];
    if (rule === undefined) return false;
    if (rule !== true && !within(child, rule as Record<string, Record<string, unknown> | true>)) return false;
  }
  return true;
}

const ENTITY_KEYS = { id: true, kind: true } as const;

/**
 * Whether a `lineage` selection reads nothing beyond the walk's structure (GraphStore.lineageKeys): node
 * ids and kinds, hops, edge ids and types, truncation. Such requests skip reading node and edge data.
 */
export function lineageReadsKeysOnly(tree: SelectionTree): boolean {
  return within(tree, {
    start: ENTITY_KEYS,
    nodes: { hop: true, node: ENTITY_KEYS },
    edges: { id: true, type: true },
    truncated: true,
  });
}
