import { assertNever } from '../../errors.js';
import type { Direction, Ontology } from '../../ontology/index.js';
import type { LineageQuery } from '../store.js';
import { checkDepth, checkPositiveInt, checkRelationTypes } from './queryChecks.js';

/**
 * The lineage walk both stores share (docs/store-semantics.md §4): which ends of which relation types are
 * stepped from, the breadth-first walk with its per-hop limit, dedupe and order, and the answer's shape.
 * Each store supplies only how to enumerate the allowed steps of a node: the embedded store over its
 * adjacency index, Neo4j over the steps its statement fetched (or, uncapped, the layers it computed).
 */

/** Step bits: OUT follows a stored edge from → to, IN follows it to → from. */
export const STEP_OUT = 1;
export const STEP_IN = 2;

/** Which stored ends of `type` a walk in `direction` steps along, from the type's antecedent end (0 when none). */
export function stepMask(ontology: Ontology, type: string, direction: Direction): number {
  if (!ontology.isRelationKind(type)) return 0;
  const step = ontology.step(type, direction);
  switch (step) {
    case 'out':
      return STEP_OUT;
    case 'in':
      return STEP_IN;
    case 'both':
      return STEP_OUT | STEP_IN;
    default:
      return assertNever(step);
  }
}

/** The relation types a walk follows forward (from → to) and backward (to → from). */
export function stepTypes(
  ontology: Ontology,
  types: readonly string[],
  direction: Direction,
): { outTypes: string[]; inTypes: string[] } {
  const outTypes: string[] = [];
  const inTypes: string[] = [];
  for (const type of types) {
    const mask = stepMask(ontology, type, direction);
    if (mask & STEP_OUT) outTypes.push(type);
    if (mask & STEP_IN) inTypes.push(type);
  }
  return { outTypes, inTypes };
}

/** A lineage query checked once for every store: the same inputs are refused with the same errors. */
export interface CheckedLineage {
  relationTypes: readonly string[];
  outTypes: string[];
  inTypes: string[];
}

export function checkLineageQuery(query: LineageQuery, ontology: Ontology): CheckedLineage {
  checkDepth(query.depth);
  checkPositiveInt(query.perHopLimit, 'perHopLimit');
  const relationTypes = checkRelationTypes(query.relationTypes, ontology);
  return { relationTypes, ...stepTypes(ontology, relationTypes, query.direction) };
}

/** What a store tells the walk about its graph. `N` is a node key, `E` an edge key. */
export interface WalkSpace<N, E> {
  /** Every allowed step from `u` (types, direction and as-of already applied to the edge). */
  forEachStep(u: N, visit: (edge: E, v: N) => void): void;
  /** Whether a reached node may be returned (its own date for as-of); a refused node still counts as seen. */
  nodeAllowed?(v: N): boolean;
  /** Node key order = node id order (code units). */
  compareNodes(a: N, b: N): number;
  /** Edge key order = edge id order. */
  compareEdges(a: E, b: E): number;
  /** A visited set; a store with dense integer keys passes a faster one than the default Set. */
  visited?(): { has(v: N): boolean; add(v: N): void };
}

/** A walk's answer as keys, in the order `lineage` returns it. */
export interface WalkResult<N, E> {
  /** Start first, then by hop, then by id. */
  nodes: N[];
  /** hops[i] is the hop of nodes[i]. */
  hops: number[];
  /** Edges stepped from a node below `depth` to a returned node, by id. */
  edges: E[];
  /** One entry per hop where perHopLimit left nodes out. */
  truncated: Array<{ hop: number; omitted: number }>;
  /** Distinct nodes reached at each hop 1..depth before perHopLimit (0 once the walk stops). */
  perHop: number[];
}

/**
 * Breadth-first lineage walk. Candidates of a hop are the not-yet-seen ends of steps from the nodes kept at
 * the previous hop, sorted by id; perHopLimit keeps the first N and marks the rest seen (never revisited).
 */
export function walkLineage<N, E>(
  space: WalkSpace<N, E>,
  start: N,
  depth: number,
  perHopLimit?: number,
): WalkResult<N, E> {
  const seen = space.visited?.() ?? new Set<N>();
  seen.add(start);
  const hopOf = new Map<N, number>([[start, 0]]);
  const nodes = [start];
  const hops = [0];
  const truncated: WalkResult<N, E>['truncated'] = [];
  const perHop: number[] = [];
  let frontier = [start];
  for (let hop = 1; hop <= depth; hop++) {
    if (frontier.length === 0) {
      perHop.push(0);
      continue;
    }
    const candidates: N[] = [];
    for (const u of frontier) {
      space.forEachStep(u, (_edge, v) => {
        if (seen.has(v)) return;
        seen.add(v);
        if (space.nodeAllowed?.(v) ?? true) candidates.push(v);
      });
    }
    candidates.sort(space.compareNodes);
    const kept = perHopLimit === undefined ? candidates : candidates.slice(0, perHopLimit);
    if (kept.length < candidates.length) truncated.push({ hop, omitted: candidates.length - kept.length });
    perHop.push(candidates.length);
    for (const v of kept) {
      hopOf.set(v, hop);
      nodes.push(v);
      hops.push(hop);
    }
    frontier = kept;
  }
  const edgeSet = new Set<E>();
  for (let i = 0; i < nodes.length; i++) {
    if (hops[i]! >= depth) break;
    space.forEachStep(nodes[i]!, (edge, v) => {
      if (hopOf.has(v)) edgeSet.add(edge);
    });
  }
  return { nodes, hops, edges: [...edgeSet].sort(space.compareEdges), truncated, perHop };
}

/**
 * The same answer from an uncapped walk computed elsewhere (Neo4j's one-statement BFS): `layers[h]` the
 * nodes first reached at hop h (start alone at 0), `edges` every edge stepped. Orders them as walkLineage.
 */
export function walkFromLayers<N, E>(
  layers: readonly (readonly N[])[],
  edges: readonly E[],
  depth: number,
  compareNodes: (a: N, b: N) => number,
  compareEdges: (a: E, b: E) => number,
): WalkResult<N, E> {
  const nodes: N[] = [];
  const hops: number[] = [];
  const perHop: number[] = [];
  for (let hop = 0; hop <= depth; hop++) {
    const layer = [...(layers[hop] ?? [])].sort(compareNodes);
    if (hop > 0) perHop.push(layer.length);
    for (const node of layer) {
      nodes.push(node);
      hops.push(hop);
    }
  }
  return { nodes, hops, edges: [...new Set(edges)].sort(compareEdges), truncated: [], perHop };
}

/**
 * Shortest undirected path with the lexicographically smallest node-id sequence, and between two nodes the
 * smallest edge id (docs/store-semantics.md §5). Layers of distance from `to` are fed one at a time (a
 * store may fetch each with a query): `frontier` is the layer to expand, `step(u, e, v)` one undirected
 * step from a frontier node, `endLayer()` closes it. For each node the best neighbour one step closer is
 * kept as steps arrive, so `result()` is the greedy walk from `from`.
 */
export class ShortestPathSearch<N, E> {
  private readonly dist: Map<N, number>;
  private readonly closer = new Map<N, { node: N; edge: E }>();
  private layer = 0;
  private next: N[] = [];
  frontier: N[];

  constructor(
    private readonly from: N,
    private readonly to: N,
    private readonly maxDepth: number,
    private readonly compareNodes: (a: N, b: N) => number,
    private readonly compareEdges: (a: E, b: E) => number,
  ) {
    this.dist = new Map([[to, 0]]);
    this.frontier = from === to ? [] : [to];
  }

  /** Whether another layer must be expanded. */
  get searching(): boolean {
    return this.frontier.length > 0 && this.layer < this.maxDepth && !this.dist.has(this.from);
  }

  /** One undirected step from `u` (in the frontier) along `edge` to `v`. */
  step(u: N, edge: E, v: N): void {
    const d = this.layer + 1;
    if (!this.dist.has(v)) {
      this.dist.set(v, d);
      this.next.push(v);
    }
    if (this.dist.get(v) !== d) return;
    const best = this.closer.get(v);
    if (
      !best ||
      this.compareNodes(u, best.node) < 0 ||
      (u === best.node && this.compareEdges(edge, best.edge) < 0)
    )
      this.closer.set(v, { node: u, edge });
  }

  endLayer(): void {
    this.layer++;
    this.frontier = this.next;
    this.next = [];
  }

  /** The path from `from` to `to` (keys), or null when `to` is not within maxDepth. */
  result(): { nodes: N[]; edges: E[] } | null {
    if (!this.dist.has(this.from)) return null;
    const nodes = [this.from];
    const edges: E[] = [];
    for (let u = this.from; u !== this.to; ) {
      const { node, edge } = this.closer.get(u)!;
      nodes.push(node);
      edges.push(edge);
      u = node;
    }
    return { nodes, edges };
  }
}
