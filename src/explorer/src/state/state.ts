/** Everything the explorer shows is derived from this value, which round-trips through the URL. */

export const VIEWS = ['graph', 'timeline'] as const;
export type View = (typeof VIEWS)[number];

export const LANGUAGES = ['en', 'fr'] as const;
export type Lang = (typeof LANGUAGES)[number];

export type Selection = { type: 'node'; id: string } | { type: 'edge'; id: string };

export interface Expansion {
  id: string;
  /** True once the user asked for every neighbour ("N more"), not just the capped first ones. */
  all: boolean;
}

export interface Filters {
  /** Relation types hidden from the lineage view (empty: show all). */
  hiddenRelations: string[];
  /** Node kinds hidden from the lineage view and the timeline (empty: show all). */
  hiddenKinds: string[];
  /** Inclusive bounds, a year 'YYYY' or an ISO date 'YYYY-MM-DD'; undated nodes are always shown. */
  from: string | null;
  to: string | null;
}

export interface ReaderState {
  document: string;
  clause: number | null;
}

export interface ExplorerState {
  view: View;
  lang: Lang;
  /** The node the lineage starts from; the first expansion. */
  focus: string | null;
  /** Further nodes whose neighbours are shown, in the order they were expanded. */
  expanded: Expansion[];
  selection: Selection | null;
  reader: ReaderState | null;
  pathFrom: string | null;
  pathTo: string | null;
  filters: Filters;
}

export const INITIAL_STATE: ExplorerState = {
  view: 'graph',
  lang: 'en',
  focus: null,
  expanded: [],
  selection: null,
  reader: null,
  pathFrom: null,
  pathTo: null,
  filters: { hiddenRelations: [], hiddenKinds: [], from: null, to: null },
};

/** Start a new lineage at `id`: expansions, path and reader belong to the previous one. */
export function focusOn(state: ExplorerState, id: string): ExplorerState {
  return {
    ...state,
    view: 'graph',
    focus: id,
    expanded: [],
    selection: { type: 'node', id },
    reader: null,
    pathFrom: null,
    pathTo: null,
  };
}

/** Expand a node (or widen an existing expansion to all neighbours); the focus counts as expanded. */
export function expand(state: ExplorerState, id: string, all = false): ExplorerState {
  if (state.focus === null) return focusOn(state, id);
  const existing = state.expanded.find((e) => e.id === id);
  const focusIsId = state.focus === id;
  if (!all && (existing || focusIsId)) return state;
  if (existing) {
    return { ...state, expanded: state.expanded.map((e) => (e.id === id ? { id, all: true } : e)) };
  }
  return { ...state, expanded: [...state.expanded, { id, all }] };
}

export function isExpanded(state: ExplorerState, id: string): boolean {
  return state.focus === id || state.expanded.some((e) => e.id === id);
}
