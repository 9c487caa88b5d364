import {
  type Expansion,
  type ExplorerState,
  INITIAL_STATE,
  LANGUAGES,
  type Lang,
  lineageKey,
  PATH_MODES,
  parseLineageKey,
  type Selection,
  VIEWS,
  type View,
} from './state.ts';

/**
 * The state as a query string. Lists use repeated parameters (`expand=a&expand=b`) so ids may contain
 * any character; a node expanded in full is listed under `all` as well as `expand`.
 */
export function encodeState(state: ExplorerState): string {
  const params = new URLSearchParams();
  if (state.view !== INITIAL_STATE.view) params.set('view', state.view);
  if (state.lang !== INITIAL_STATE.lang) params.set('lang', state.lang);
  if (state.focus !== null) params.set('focus', state.focus);
  for (const e of state.expanded) if (!e.lineage) params.append('expand', e.id);
  for (const e of state.expanded) if (e.all && !e.lineage) params.append('all', e.id);
  for (const e of state.expanded) if (e.lineage) params.append('lineage', lineageKey(e.id, e.lineage));
  if (state.selection) params.set(state.selection.type, state.selection.id);
  if (state.reader) {
    params.set('doc', state.reader.document);
    if (state.reader.clause !== null) params.set('clause', String(state.reader.clause));
  }
  if (state.pathFrom !== null) params.set('pathFrom', state.pathFrom);
  if (state.pathTo !== null) params.set('pathTo', state.pathTo);
  if (state.pathMode !== INITIAL_STATE.pathMode) params.set('pathMode', state.pathMode);
  if (state.query !== null) params.set('q', state.query);
  for (const r of state.filters.hiddenRelations) params.append('hideRel', r);
  for (const k of state.filters.hiddenKinds) params.append('hideKind', k);
  for (const n of state.filters.hiddenNodes) params.append('hideNode', n);
  if (state.filters.from !== null) params.set('from', state.filters.from);
  if (state.filters.to !== null) params.set('to', state.filters.to);
  const text = params.toString();
  return text ? `?${text}` : '';
}

const DATE = /^\d{4}(-\d{2}-\d{2})?$/;

/** Parse a query string; anything malformed falls back to the default for that field. */
export function decodeState(search: string): ExplorerState {
  const params = new URLSearchParams(search);
  const one = (name: string): string | null => {
    const value = params.get(name);
    return value === null || value === '' ? null : value;
  };
  const all = new Set(params.getAll('all'));
  const seen = new Set<string>();
  const expanded: Expansion[] = [];
  for (const id of params.getAll('expand')) {
    if (id === '' || seen.has(id)) continue;
    seen.add(id);
    expanded.push({ id, all: all.has(id) });
  }
  for (const key of params.getAll('lineage')) {
    const parsed = parseLineageKey(key);
    if (parsed && !seen.has(key)) {
      seen.add(key);
      expanded.push({ id: parsed.id, all: true, lineage: parsed.lineage });
    }
  }
  const nodeSel = one('node');
  const edgeSel = one('edge');
  const selection: Selection | null = nodeSel
    ? { type: 'node', id: nodeSel }
    : edgeSel
      ? { type: 'edge', id: edgeSel }
      : null;
  const doc = one('doc');
  const clauseText = one('clause');
  const clause = clauseText !== null && /^\d+$/.test(clauseText) ? Number(clauseText) : null;
  const date = (name: string) => {
    const value = one(name);
    return value !== null && DATE.test(value) ? value : null;
  };
  return {
    view: pick(VIEWS, one('view'), INITIAL_STATE.view),
    lang: pick(LANGUAGES, one('lang'), INITIAL_STATE.lang),
    focus: one('focus'),
    expanded,
    selection,
    reader: doc === null ? null : { document: doc, clause },
    pathFrom: one('pathFrom'),
    pathTo: one('pathTo'),
    pathMode: pick(PATH_MODES, one('pathMode'), INITIAL_STATE.pathMode),
    query: one('q'),
    filters: {
      hiddenRelations: unique(params.getAll('hideRel')),
      hiddenKinds: unique(params.getAll('hideKind')),
      hiddenNodes: unique(params.getAll('hideNode')),
      from: date('from'),
      to: date('to'),
    },
  };
}

function pick<T extends string>(allowed: readonly T[], value: string | null, fallback: T): T {
  return (allowed as readonly string[]).includes(value ?? '') ? (value as T) : fallback;
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter((v) => v !== ''))];
}

export type { Lang, View };
