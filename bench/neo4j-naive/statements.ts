import {
  type ContributionRow,
  DOCUMENT_STATE_FIELDS,
  type EdgeKey,
  type EdgeRow,
  KEEP_PLAN,
  kindLabel,
  OWN_TEXT_FIELDS,
  relationType,
} from '../../src/graph/neo4j/builders/index.js';
import type { CypherQuery } from '../../src/graph/neo4j/cypher.js';
import { CONTRIBUTES, DOCUMENT_LABEL, ENTITY_LABEL } from '../../src/graph/neo4j/schema.js';
import type { Ontology } from '../../src/ontology/index.js';

/**
 * The naive writer's statements (the benchmark baseline of issue 6, applyNaive.ts): each reads or
 * writes ONE row, with scalar parameters and no UNWIND, the way a loader written without batching would.
 * They return the same row shapes as the batched statements (builders/writes.ts), so both writers feed the
 * same merge (write/plan.ts), and keep their plans as the batched statements do (`KEEP_PLAN`), so the
 * comparison is about batching alone.
 */

export function readDocument(id: string): CypherQuery {
  return {
    cypher: `${KEEP_PLAN}
MATCH (d:${DOCUMENT_LABEL} {id: $id})
WHERE d.sha256 IS NOT NULL
RETURN ${DOCUMENT_STATE_FIELDS} AS row`,
    params: { id },
  };
}

export function readNode(id: string): CypherQuery {
  return {
    cypher: `${KEEP_PLAN}
MATCH (n:${ENTITY_LABEL} {id: $id})
RETURN {id: n.id, fields: n.mergeFields, names: n.mergeNames} AS row`,
    params: { id },
  };
}

/** A node's contributions from the documents the write does not replace. */
export function readContributions(id: string, replaced: string[]): CypherQuery {
  return {
    cypher: `${KEEP_PLAN}
MATCH (n:${ENTITY_LABEL} {id: $id})<-[c:${CONTRIBUTES}]-(d:${DOCUMENT_LABEL})
WHERE NOT d.id IN $replaced
RETURN {id: n.id, document: d.id, node: c.node, own: c.own} AS row`,
    params: { id, replaced },
  };
}

/** Clause texts of the stored documents whose own node a node is, but those the write changes. */
export function readOwnTexts(id: string, changed: string[]): CypherQuery {
  return {
    cypher: `${KEEP_PLAN}
MATCH (d:${DOCUMENT_LABEL} {ownNode: $id})
WHERE NOT d.id IN $changed
RETURN {id: $id, document: d.id, ${OWN_TEXT_FIELDS}} AS row`,
    params: { id, changed },
  };
}

export function readEdge(key: EdgeKey): CypherQuery {
  return {
    cypher: `${KEEP_PLAN}
MATCH (a:${ENTITY_LABEL} {id: $from})-[r]->(b:${ENTITY_LABEL} {id: $to})
WHERE type(r) = $type
RETURN {id: $id, type: $type, from: $from, to: $to, props: properties(r)} AS row`,
    params: { id: key.id, type: key.type, from: key.from, to: key.to },
  };
}

export function deleteContributions(document: string): CypherQuery {
  return {
    cypher: `${KEEP_PLAN}
MATCH (:${DOCUMENT_LABEL} {id: $id})-[c:${CONTRIBUTES}]->()
DELETE c`,
    params: { id: document },
  };
}

export function deleteEdge(key: EdgeKey): CypherQuery {
  return {
    cypher: `${KEEP_PLAN}
MATCH (a:${ENTITY_LABEL} {id: $from})-[r]->(b:${ENTITY_LABEL} {id: $to})
WHERE type(r) = $type
DELETE r`,
    params: { type: key.type, from: key.from, to: key.to },
  };
}

export function deleteNode(id: string): CypherQuery {
  return {
    cypher: `${KEEP_PLAN}
MATCH (n:${ENTITY_LABEL} {id: $id})\nDETACH DELETE n`,
    params: { id },
  };
}

export function deleteDocument(id: string): CypherQuery {
  return {
    cypher: `${KEEP_PLAN}
MATCH (d:${DOCUMENT_LABEL} {id: $id})\nDETACH DELETE d`,
    params: { id },
  };
}

/** Create or replace one node; every other kind label is removed. */
export function upsertNode(
  ontology: Ontology,
  kind: string,
  id: string,
  props: Record<string, unknown>,
): CypherQuery {
  const label = kindLabel(ontology, kind);
  const others = ontology.nodeKinds.filter((k) => k !== label);
  const remove = others.length ? `\nREMOVE n:${others.join(':')}` : '';
  return {
    cypher: `${KEEP_PLAN}
MERGE (n:${ENTITY_LABEL} {id: $id})
SET n = $props${remove}
SET n:${label}`,
    params: { id, props },
  };
}

export function upsertDocument(id: string, props: Record<string, unknown>): CypherQuery {
  return {
    cypher: `${KEEP_PLAN}
MERGE (d:${DOCUMENT_LABEL} {id: $id})\nSET d = $props`,
    params: { id, props },
  };
}

export function createContribution(row: ContributionRow): CypherQuery {
  return {
    cypher: `${KEEP_PLAN}
MATCH (d:${DOCUMENT_LABEL} {id: $document})
MATCH (n:${ENTITY_LABEL} {id: $node})
CREATE (d)-[:${CONTRIBUTES} {node: $json, own: $own}]->(n)`,
    params: { document: row.document, node: row.node, json: row.json, own: row.own },
  };
}

/** Create or replace one relationship between existing nodes. */
export function upsertEdge(ontology: Ontology, row: EdgeRow): CypherQuery {
  const type = relationType(ontology, row.type);
  return {
    cypher: `${KEEP_PLAN}
MATCH (a:${ENTITY_LABEL} {id: $from})
MATCH (b:${ENTITY_LABEL} {id: $to})
MERGE (a)-[r:${type}]->(b)
SET r = $props`,
    params: { from: row.from, to: row.to, props: row.props },
  };
}
