/** Everything the explorer shows is derived from this value, which round-trips through the URL. */

export const VIEWS = ['graph', 'timeline', 'results'] as const;
export type View = (typeof VIEWS)[number];

export const LANGUAGES = ['en', 'fr'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** `shortest`: the API's undirected shortest path; `lineage`: antecedent → descendant steps only. */
export const PATH_MODES = ['shortest', 'lineage'] as const;
export type PathMode = (typeof PATH_MODES)[number];

export type Selection = { type: 'node'; id: string } | { type: 'edge'; id: string };

export const DIRECTIONS = ['UPSTREAM', 'DOWNSTREAM', 'BOTH'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** A lineage walk asked for from one node: the API's `lineage` arguments. */
export interface LineageRequest {
  direction: Direction;
  /** Hops, 1..LINEAGE_MAX_DEPTH. */
  depth: number;
  /** Relation types followed (empty: all). */
  types: string[];
  /** Only facts stated by documents dated on or before this date. */
  asOf: string | null;
}

/** The API's largest lineage depth (src/graph/limits.ts). */
export const LINEAGE_MAX_DEPTH = 12;

export interface Expansion {
  id: string;
  /** True once the user asked for every neighbour ("N more"), not just the capped first ones. */
  all: boolean;
  /** Absent: one hop both ways (a plain expansion); present: the lineage walk asked for. */
  lineage?: LineageRequest;
}

export interface Filters {
  /** Relation types hidden from the lineage view (empty: show all). */
  hiddenRelations: string[];
  /** Node kinds hidden from the lineage view and the timeline (empty: show all). */
  hiddenKinds: string[];
  /** Nodes the user hid from the lineage view (never the focus). */
  hiddenNodes: string[];
  /** Inclusive bounds, a year 'YYYY' or an ISO date 'YYYY-MM-DD'; a bound set hides undated nodes. */
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
  pathMode: PathMode;
  /** The search whose results page is open (view `results`). */
  query: string | null;
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
  pathMode: 'shortest',
  query: null,
  filters: { hiddenRelations: [], hiddenKinds: [], hiddenNodes: [], from: null, to: null },
};

/**
 * Start a new lineage at `id`: expansions, reader and a finished path belong to the previous one. A path
 * with one end chosen is kept, so searching for its other end does not lose the first.
 */
export function focusOn(state: ExplorerState, id: string): ExplorerState {
  const pending = (state.pathFrom === null) !== (state.pathTo === null);
  return {
    ...state,
    view: 'graph',
    focus: id,
    expanded: [],
    selection: { type: 'node', id },
    reader: null,
    pathFrom: pending ? state.pathFrom : null,
    pathTo: pending ? state.pathTo : null,
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

/** Add a lineage walk from `id` to the view (every node it reaches is shown); the same walk twice is one. */
export function addLineage(state: ExplorerState, id: string, lineage: LineageRequest): ExplorerState {
  const base = state.focus === null ? focusOn(state, id) : state;
  const key = lineageKey(id, lineage);
  if (base.expanded.some((e) => e.lineage && lineageKey(e.id, e.lineage) === key)) {
    return { ...base, selection: { type: 'node', id } };
  }
  return {
    ...base,
    expanded: [...base.expanded, { id, all: true, lineage }],
    selection: { type: 'node', id },
  };
}

/** `UPSTREAM~5~RECALLS,NOTES~2014-12-31~<id>`: the id last, so it may hold any character. */
export function lineageKey(id: string, l: LineageRequest): string {
  return [l.direction, l.depth, l.types.join(','), l.asOf ?? '', id].join('~');
}

const DATE = /^\d{4}(-\d{2}-\d{2})?$/;

export function parseLineageKey(key: string): { id: string; lineage: LineageRequest } | null {
  const parts = key.split('~');
  if (parts.length < 5) return null;
  const [direction = '', depthText = '', types = '', asOf = ''] = parts;
  const id = parts.slice(4).join('~');
  const depth = Number(depthText);
  if (!(DIRECTIONS as readonly string[]).includes(direction) || id === '') return null;
  if (!Number.isInteger(depth) || depth < 1 || depth > LINEAGE_MAX_DEPTH) return null;
  if (asOf !== '' && !DATE.test(asOf)) return null;
  return {
    id,
    lineage: {
      direction: direction as Direction,
      depth,
      types: types === '' ? [] : types.split(','),
      asOf: asOf === '' ? null : asOf,
    },
  };
}

export function isExpanded(state: ExplorerState, id: string): boolean {
  return state.focus === id || state.expanded.some((e) => e.id === id && !e.lineage);
}
