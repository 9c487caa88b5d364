import type { Record as Neo4jRecord } from 'neo4j-driver';
import { NotFoundError } from '../../errors.js';
import type { Direction, Ontology } from '../../ontology/index.js';
import { checkDepth, checkPositiveInt, checkRelationTypes, compareStrings } from '../lineage/index.js';
import type { LineageCounts, LineageKeys, LineageQuery, LineageResult } from '../store.js';
import { reads } from './builders/index.js';
import type { CypherQuery } from './cypher.js';
import { decodeEdge, decodeNode } from './encode.js';
import { fetchPayload } from './fetchPayload.js';
import { type LineageStep, type LineageWalk, walkLineage } from './lineageWalk.js';

type Read = (query: CypherQuery) => Promise<Neo4jRecord[]>;

interface EdgeRow {
  id: string;
  type: string;
  from: string;
  to: string;
  /** With payload: the relationship's evidence lists and qualifiers (EDGE_PAYLOAD_FIELDS). */
  [field: string]: unknown;
}

interface NodeRow {
  id: string;
  kind: string;
  json?: string;
}

/** What one lineageNeighbourhood statement reached, and the walk over it. */
interface Walked {
  walk: LineageWalk;
  /** Reached nodes by id, start included (json only when fetched with payload). */
  nodes: Map<string, NodeRow>;
  edges: Map<string, EdgeRow>;
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
 * Check the query, run the BFS in one statement (docs/store-semantics.md §4) and, with perHopLimit, walk
 * its steps again in memory with the cap. `payload` asks for node json and edge evidence with the answer
 * (never with perHopLimit: a capped walk may keep far fewer nodes than the uncapped one reaches).
 */
async function walkNeighbourhood(
  read: Read,
  ontology: Ontology,
  query: LineageQuery,
  payload: boolean,
): Promise<Walked> {
  checkDepth(query.depth);
  checkPositiveInt(query.perHopLimit, 'perHopLimit');
  const types = checkRelationTypes(query.relationTypes, ontology);
  const { outTypes, inTypes } = stepTypes(ontology, types, query.direction);
  const capped = query.perHopLimit !== undefined;
  const [record] = await read(
    reads.lineageNeighbourhood(ontology, query.id, query.depth, outTypes, inTypes, query.asOf ?? null, {
      payload: payload && !capped,
      steps: capped,
    }),
  );
  if (!record) throw new NotFoundError(`No node with id "${query.id}"`, { id: query.id });
  const layers = (record.get('layers') as NodeRow[][]).slice(0, query.depth + 1);
  const nodes = new Map(layers.flat().map((node) => [node.id, node]));
  const edgeRows = record.get('edges') as EdgeRow[];
  const edges = new Map(edgeRows.map((edge) => [edge.id, edge]));
  if (capped) {
    const steps = record.get('steps') as LineageStep[];
    return { walk: walkLineage(query.id, query.depth, steps, query.perHopLimit), nodes, edges };
  }
  const walk: LineageWalk = {
    hops: new Map(layers.flatMap((layer, hop) => layer.map((node) => [node.id, hop] as const))),
    edges: edgeRows.map((edge) => edge.id).sort(compareStrings),
    reached: layers.slice(1).map((layer) => layer.length),
    truncated: [],
  };
  return { walk, nodes, edges };
}

/** Returned node ids: start first, then by (hop, id). */
function orderedIds(walk: LineageWalk): string[] {
  return [...walk.hops.entries()]
    .sort(([a, ha], [b, hb]) => ha - hb || compareStrings(a, b))
    .map(([id]) => id);
}

/**
 * Lineage on Neo4j. Without perHopLimit the answer comes from one statement, nodes and edges with their
 * payload. With it, the statement returns ids and steps, and a second round trip fetches what was kept.
 */
export async function readLineage(
  read: Read,
  ontology: Ontology,
  query: LineageQuery,
): Promise<LineageResult> {
  const payload = query.perHopLimit === undefined;
  const { walk, nodes, edges } = await walkNeighbourhood(read, ontology, query, payload);
  const ids = orderedIds(walk);
  const keptEdges = walk.edges.map((id) => edges.get(id)!);
  const fetched = payload
    ? {
        nodes: new Map(ids.map((id) => [id, decodeNode(nodes.get(id)!.json!)])),
        edges: new Map(keptEdges.map((e) => [e.id, decodeEdge(e.type, e.from, e.to, { ...e })])),
      }
    : await fetchPayload(read, ids, keptEdges);
  return {
    nodes: ids.map((id) => ({ node: fetched.nodes.get(id)!, hop: walk.hops.get(id)! })),
    edges: walk.edges.map((id) => fetched.edges.get(id)!),
    truncated: walk.truncated,
  };
}

/** lineageKeys on Neo4j: one statement without payload, the walk applied to its ids. */
export async function readLineageKeys(
  read: Read,
  ontology: Ontology,
  query: LineageQuery,
): Promise<LineageKeys> {
  const { walk, nodes, edges } = await walkNeighbourhood(read, ontology, query, false);
  return {
    nodes: orderedIds(walk).map((id) => ({ id, kind: nodes.get(id)!.kind, hop: walk.hops.get(id)! })),
    edges: walk.edges.map((id) => {
      const { type, from, to } = edges.get(id)!;
      return { id, type, from, to };
    }),
    truncated: walk.truncated,
  };
}

/** lineageCounts on Neo4j: one statement, ids and kinds only. */
export async function readLineageCounts(
  read: Read,
  ontology: Ontology,
  query: Omit<LineageQuery, 'perHopLimit'>,
): Promise<LineageCounts> {
  const { walk, nodes } = await walkNeighbourhood(
    read,
    ontology,
    { ...query, perHopLimit: undefined },
    false,
  );
  const byKind = new Map<string, number>();
  for (const id of walk.hops.keys()) {
    const kind = nodes.get(id)!.kind;
    byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
  }
  return {
    perHop: walk.reached.map((count, i) => ({ hop: i + 1, nodes: count })),
    nodes: walk.hops.size,
    edges: walk.edges.length,
    byKind: [...byKind.entries()]
      .sort(([a], [b]) => compareStrings(a, b))
      .map(([kind, count]) => ({ kind, count })),
  };
}
