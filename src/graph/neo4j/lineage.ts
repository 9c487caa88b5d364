import type { Record as Neo4jRecord } from 'neo4j-driver';
import { NotFoundError } from '../../errors.js';
import type { Ontology } from '../../ontology/index.js';
import { checkLineageQuery, compareStrings } from '../lineage/index.js';
import type { LineageCounts, LineageKeys, LineageQuery, LineageResult } from '../store.js';
import { reads } from './builders/index.js';
import type { CypherQuery } from './cypher.js';
import { decodeEdge, decodeNode } from './encode.js';
import { fetchPayload } from './fetchPayload.js';
import { type LineageStep, type LineageWalk, walkLayers, walkSteps } from './lineageWalk.js';

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

/**
 * Check the query, run the BFS in one statement (docs/store-semantics.md §4) and, with perHopLimit, walk
 * its steps again in memory with the cap. `payload` asks for node json and edge evidence with the answer
 * (never with perHopLimit: a capped walk may keep far fewer nodes than the uncapped one reaches).
 */
async function walkNeighbourhood(
  read: Read,
  ontology: Ontology,
  query: LineageQuery,
  { payload, edges: withEdges = true }: { payload: boolean; edges?: boolean },
): Promise<Walked> {
  const { outTypes, inTypes } = checkLineageQuery(query, ontology);
  const capped = query.perHopLimit !== undefined;
  // A directed, uncapped walk without asOf is one quantified path pattern (reads.lineageTrails); the rest
  // (BOTH, asOf's refused nodes, perHopLimit's steps) the unrolled BFS.
  const trails = !capped && query.asOf === undefined && query.direction !== 'BOTH';
  const [record] = await read(
    trails
      ? reads.lineageTrails(ontology, query.id, query.depth, outTypes, inTypes, { payload, edges: withEdges })
      : reads.lineageNeighbourhood(ontology, query.id, query.depth, outTypes, inTypes, query.asOf ?? null, {
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
    return { walk: walkSteps(query.id, query.depth, steps, query.perHopLimit), nodes, edges };
  }
  const walk = walkLayers(
    layers.map((layer) => layer.map((node) => node.id)),
    edgeRows.map((edge) => edge.id),
    query.depth,
  );
  return { walk, nodes, edges };
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
  const { walk, nodes, edges } = await walkNeighbourhood(read, ontology, query, { payload });
  const ids = walk.nodes;
  const keptEdges = walk.edges.map((id) => edges.get(id)!);
  const fetched = payload
    ? {
        nodes: new Map(ids.map((id) => [id, decodeNode(nodes.get(id)!.json!)])),
        edges: new Map(keptEdges.map((e) => [e.id, decodeEdge(e.type, e.from, e.to, { ...e })])),
      }
    : await fetchPayload(read, ids, keptEdges);
  return {
    nodes: ids.map((id, i) => ({ node: fetched.nodes.get(id)!, hop: walk.hops[i]! })),
    edges: walk.edges.map((id) => fetched.edges.get(id)!),
    truncated: walk.truncated,
  };
}

/**
 * lineageKeys on Neo4j: one statement without payload, the walk applied to its ids. Without edges, a directed
 * uncapped walk's statement skips stepping the edges (about half its time at depth 10 on the 10k corpus).
 */
export async function readLineageKeys(
  read: Read,
  ontology: Ontology,
  query: LineageQuery,
  withEdges = true,
): Promise<LineageKeys> {
  const { walk, nodes, edges } = await walkNeighbourhood(read, ontology, query, {
    payload: false,
    edges: withEdges,
  });
  return {
    nodes: walk.nodes.map((id, i) => ({ id, kind: nodes.get(id)!.kind, hop: walk.hops[i]! })),
    edges: (withEdges ? walk.edges : []).map((id) => {
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
    { payload: false },
  );
  const byKind = new Map<string, number>();
  for (const id of walk.nodes) {
    const kind = nodes.get(id)!.kind;
    byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
  }
  return {
    perHop: walk.perHop.map((count, i) => ({ hop: i + 1, nodes: count })),
    nodes: walk.nodes.length,
    edges: walk.edges.length,
    byKind: [...byKind.entries()]
      .sort(([a], [b]) => compareStrings(a, b))
      .map(([kind, count]) => ({ kind, count })),
  };
}
