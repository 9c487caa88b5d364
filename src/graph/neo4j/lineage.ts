import type { Record as Neo4jRecord } from 'neo4j-driver';
import type { Direction, Ontology } from '../../ontology/index.js';
import { checkDepth, checkPositiveInt, checkRelationTypes, compareStrings } from '../lineage/index.js';
import type { LineageQuery } from '../store.js';
import { reads } from './builders/index.js';
import type { CypherQuery } from './cypher.js';

export interface TraversedEdge {
  id: string;
  type: string;
  from: string;
  to: string;
}

/** What the BFS reached: returned node ids with their hop and kind, traversed edges, per-hop figures. */
export interface Traversal {
  hops: Map<string, number>;
  kinds: Map<string, string>;
  /** Edges between returned nodes, stepped from a returned end, ordered by id. */
  edges: TraversedEdge[];
  /** Distinct nodes reached at each hop 1..depth before perHopLimit. */
  reached: number[];
  truncated: Array<{ hop: number; omitted: number }>;
}

/** Relation types followed forward (from → to) and backward for a direction (ontology.step). */
export function stepTypes(ontology: Ontology, types: readonly string[], direction: Direction) {
  const outTypes: string[] = [];
  const inTypes: string[] = [];
  for (const type of types) {
    const step = ontology.step(type, direction);
    if (step !== 'in') outTypes.push(type);
    if (step !== 'out') inTypes.push(type);
  }
  return { outTypes, inTypes };
}

/**
 * Lineage BFS (docs/store-semantics.md §4), one `UNWIND $frontier` query per hop. The start node must exist
 * (the caller checks); its kind is passed in for the byKind counts.
 */
export async function traverse(
  read: (query: CypherQuery) => Promise<Neo4jRecord[]>,
  ontology: Ontology,
  query: LineageQuery,
  startKind: string,
): Promise<Traversal> {
  checkDepth(query.depth);
  checkPositiveInt(query.perHopLimit, 'perHopLimit');
  const types = checkRelationTypes(query.relationTypes, ontology);
  const { outTypes, inTypes } = stepTypes(ontology, types, query.direction);
  const asOf = query.asOf ?? null;
  const hops = new Map([[query.id, 0]]);
  const kinds = new Map([[query.id, startKind]]);
  const seen = new Set([query.id]);
  const traversed = new Map<string, TraversedEdge>();
  const reached: number[] = [];
  const truncated: Traversal['truncated'] = [];
  let frontier = [query.id];
  for (let hop = 1; hop <= query.depth; hop++) {
    const candidates = new Set<string>();
    if (frontier.length) {
      for (const r of await read(reads.lineageHop(frontier, outTypes, inTypes, asOf))) {
        const v: string = r.get('v');
        const date: string | null = r.get('date');
        if (asOf !== null && v !== query.id && date !== null && date > asOf) continue;
        traversed.set(r.get('edge'), {
          id: r.get('edge'),
          type: r.get('type'),
          from: r.get('from'),
          to: r.get('to'),
        });
        if (!seen.has(v)) {
          candidates.add(v);
          kinds.set(v, r.get('kind'));
        }
      }
    }
    const sorted = [...candidates].sort(compareStrings);
    const kept = query.perHopLimit === undefined ? sorted : sorted.slice(0, query.perHopLimit);
    reached.push(sorted.length);
    for (const id of sorted) seen.add(id);
    for (const id of kept) hops.set(id, hop);
    if (kept.length < sorted.length) truncated.push({ hop, omitted: sorted.length - kept.length });
    frontier = kept;
  }
  for (const id of kinds.keys()) if (!hops.has(id)) kinds.delete(id);
  const edges = [...traversed.values()]
    .filter((e) => hops.has(e.from) && hops.has(e.to))
    .sort((a, b) => compareStrings(a.id, b.id));
  return { hops, kinds, edges, reached, truncated };
}
