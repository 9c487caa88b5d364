import type { Record as Neo4jRecord } from 'neo4j-driver';
import type { GraphEdge, GraphNode } from '../../model/index.js';
import { reads } from './builders/index.js';
import type { CypherQuery } from './cypher.js';
import { decodeEdge, decodeNode } from './encode.js';

type Read = (query: CypherQuery) => Promise<Neo4jRecord[]>;

/** The stored nodes and edges a traversal returns, fetched by id and by key, in parallel. */
export async function fetchPayload(
  read: Read,
  ids: string[],
  keys: Array<{ type: string; from: string; to: string }>,
): Promise<{ nodes: Map<string, GraphNode>; edges: Map<string, GraphEdge> }> {
  const [nodeRecords, edgeRecords] = await Promise.all([
    ids.length ? read(reads.getNodes(ids)) : [],
    keys.length ? read(reads.edgesByKey(keys)) : [],
  ]);
  const nodes = new Map(nodeRecords.map((r) => [r.get('id') as string, decodeNode(r.get('json'))]));
  const edges = new Map(
    edgeRecords
      .map((r) => decodeEdge(r.get('type'), r.get('from'), r.get('to'), r.get('props')))
      .map((e) => [e.id, e]),
  );
  return { nodes, edges };
}
