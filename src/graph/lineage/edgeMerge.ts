import type { Evidence, GraphEdge } from '../../model/index.js';
import { compareStrings } from './nodeMerge.js';

/** Per qualifier key, the value of the contribution with the smallest document id, and that document. */
export type EdgePropsState = Record<string, [string | number, string]>;

/** Add one document's qualifiers. Pure and commutative. */
export function addEdgeProps(
  state: EdgePropsState,
  document: string,
  props: GraphEdge['props'] | undefined,
): EdgePropsState {
  const next = { ...state };
  for (const [key, value] of Object.entries(props ?? {})) {
    const usable =
      (typeof value === 'string' && value !== '') || (typeof value === 'number' && Number.isFinite(value));
    if (!usable) continue;
    const current = next[key];
    if (!current || document < current[1]) next[key] = [value, document];
  }
  return next;
}

export function edgePropsFromState(state: EdgePropsState): Record<string, string | number> | undefined {
  const keys = Object.keys(state).sort(compareStrings);
  if (keys.length === 0) return undefined;
  return Object.fromEntries(keys.map((k) => [k, state[k]![0]]));
}

/** Evidence order: document, start, end, clause, rule, quote. */
export function compareEvidence(a: Evidence, b: Evidence): number {
  return (
    compareStrings(a.document, b.document) ||
    a.start - b.start ||
    a.end - b.end ||
    a.clause - b.clause ||
    compareStrings(a.rule, b.rule) ||
    compareStrings(a.quote, b.quote)
  );
}

/** Canonical evidence: key order fixed, exact duplicates removed, sorted. */
export function canonicalEvidence(list: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const e of list) {
    const c: Evidence = {
      document: e.document,
      clause: e.clause,
      function: e.function,
      quote: e.quote,
      start: e.start,
      end: e.end,
      rule: e.rule,
    };
    const key = JSON.stringify(c);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out.sort(compareEvidence);
}

/** Key order id, type, from, to, props?, evidence. */
export function canonicalEdge(edge: GraphEdge): GraphEdge {
  const out: GraphEdge = { id: edge.id, type: edge.type, from: edge.from, to: edge.to } as GraphEdge;
  if (edge.props && Object.keys(edge.props).length > 0) {
    out.props = Object.fromEntries(Object.entries(edge.props).sort(([a], [b]) => compareStrings(a, b)));
  }
  out.evidence = canonicalEvidence(edge.evidence);
  return out;
}

export function edgeId(type: string, from: string, to: string): string {
  return `${type}:${from}->${to}`;
}
