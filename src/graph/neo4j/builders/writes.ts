import type { Ontology } from '../../../ontology/index.js';
import type { CypherQuery } from '../cypher.js';
import { CONTRIBUTES, DOCUMENT_LABEL, ENTITY_LABEL } from '../schema.js';
import { kindLabel, relationType } from './allowList.js';

/** Stored hash and contributed ids of documents, to detect 'unchanged' and find what a re-ingest replaces. */
export function readDocumentStates(ids: string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
MATCH (d:${DOCUMENT_LABEL} {id: id})
RETURN d.id AS id, d.sha256 AS sha256, d.nodeIds AS nodeIds, d.edgeKeys AS edgeKeys`,
    params: { ids },
  };
}

/**
 * Take the write locks a batch needs before it reads anything it will rewrite: stored documents (so two
 * writers of one document queue), and the nodes it touches, created empty when absent (so writers adding to a
 * shared node, or to edges between locked nodes, never merge from a stale read). Ids sorted, to keep a fixed
 * lock order between concurrent batches.
 */
export function lockDocuments(ids: string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
MATCH (d:${DOCUMENT_LABEL} {id: id})
SET d.id = id`,
    params: { ids: [...new Set(ids)].sort() },
  };
}

export function lockNodes(ids: string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
MERGE (n:${ENTITY_LABEL} {id: id})
SET n.id = id`,
    params: { ids: [...new Set(ids)].sort() },
  };
}

/** Every stored contribution (document, node JSON) to the given nodes. */
export function readNodeContributions(ids: string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
MATCH (n:${ENTITY_LABEL} {id: id})<-[c:${CONTRIBUTES}]-(d:${DOCUMENT_LABEL})
RETURN id, d.id AS document, c.node AS node, c.own AS own`,
    params: { ids },
  };
}

/** Stored merge state of the given nodes (those that exist). */
export function readNodeStates(ids: string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
MATCH (n:${ENTITY_LABEL} {id: id})
WHERE n.mergeFields IS NOT NULL
RETURN id, n.mergeFields AS fields, n.mergeNames AS names`,
    params: { ids },
  };
}

/** Clause texts of the stored documents whose own node each node is (they feed its search text), leaving
 * out the documents a batch replaces. */
export function readOwnClauseTexts(ids: string[], excludeDocuments: string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
MATCH (d:${DOCUMENT_LABEL} {ownNode: id})
WHERE NOT d.id IN $exclude
RETURN id, d.id AS document, d.clauseTexts AS clauseTexts`,
    params: { ids, exclude: excludeDocuments },
  };
}

export interface EdgeKey {
  id: string;
  type: string;
  from: string;
  to: string;
}

/** Stored properties of the given edges (found from their endpoints, so any type uses the id index). */
export function readEdgesByKey(keys: EdgeKey[]): CypherQuery {
  return {
    cypher: `UNWIND $rows AS row
MATCH (a:${ENTITY_LABEL} {id: row.from})-[r]->(b:${ENTITY_LABEL} {id: row.to})
WHERE type(r) = row.type
RETURN row.id AS id, row.type AS type, row.from AS from, row.to AS to, properties(r) AS props`,
    params: { rows: keys.map(({ id, type, from, to }) => ({ id, type, from, to })) },
  };
}

export function deleteEdgesByKey(keys: EdgeKey[]): CypherQuery {
  return {
    cypher: `UNWIND $rows AS row
MATCH (a:${ENTITY_LABEL} {id: row.from})-[r]->(b:${ENTITY_LABEL} {id: row.to})
WHERE type(r) = row.type
DELETE r`,
    params: { rows: keys.map(({ id, type, from, to }) => ({ id, type, from, to })) },
  };
}

/** Remove the contribution links of documents (their facts are re-merged from what remains). */
export function deleteContributions(documentIds: string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
MATCH (:${DOCUMENT_LABEL} {id: id})-[c:${CONTRIBUTES}]->()
DELETE c`,
    params: { ids: documentIds },
  };
}

export function deleteNodes(ids: string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
MATCH (n:${ENTITY_LABEL} {id: id})
DETACH DELETE n`,
    params: { ids },
  };
}

export function deleteDocuments(ids: string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
MATCH (d:${DOCUMENT_LABEL} {id: id})
DETACH DELETE d`,
    params: { ids },
  };
}

/** Create or replace nodes of one kind. Every other kind label is removed, so a node whose merged kind
 * changed carries exactly one kind label. */
export function upsertNodes(
  ontology: Ontology,
  kind: string,
  rows: Array<{ id: string; props: Record<string, unknown> }>,
): CypherQuery {
  const label = kindLabel(ontology, kind);
  const others = ontology.nodeKinds.filter((k) => k !== label);
  const remove = others.length ? `\nREMOVE n:${others.join(':')}` : '';
  return {
    cypher: `UNWIND $rows AS row
MERGE (n:${ENTITY_LABEL} {id: row.id})
SET n = row.props${remove}
SET n:${label}`,
    params: { rows },
  };
}

/** Create or replace relationships of one type between existing nodes. */
export function upsertEdges(
  ontology: Ontology,
  type: string,
  rows: Array<{ from: string; to: string; props: Record<string, unknown> }>,
): CypherQuery {
  const relType = relationType(ontology, type);
  return {
    cypher: `UNWIND $rows AS row
MATCH (a:${ENTITY_LABEL} {id: row.from})
MATCH (b:${ENTITY_LABEL} {id: row.to})
MERGE (a)-[r:${relType}]->(b)
SET r = row.props`,
    params: { rows },
  };
}

export function upsertDocuments(rows: Array<{ id: string; props: Record<string, unknown> }>): CypherQuery {
  return {
    cypher: `UNWIND $rows AS row
MERGE (d:${DOCUMENT_LABEL} {id: row.id})
SET d = row.props`,
    params: { rows },
  };
}

/** Link documents to the nodes they contributed; the link keeps the contributed node as JSON. */
export function createContributions(
  rows: Array<{ document: string; node: string; json: string; own: boolean }>,
): CypherQuery {
  return {
    cypher: `UNWIND $rows AS row
MATCH (d:${DOCUMENT_LABEL} {id: row.document})
MATCH (n:${ENTITY_LABEL} {id: row.node})
CREATE (d)-[:${CONTRIBUTES} {node: row.json, own: row.own}]->(n)`,
    params: { rows },
  };
}
