import type { Ontology } from '../../../ontology/index.js';
import type { CypherQuery } from '../cypher.js';
import { CONTRIBUTES, DOCUMENT_LABEL, ENTITY_LABEL } from '../schema.js';
import { kindLabel, relationType } from './allowList.js';

/**
 * The batched writer's three statements (write/applyBatch.ts), all in one transaction:
 * 1. `lockDocumentStates`: lock the batch's documents and read their stored state;
 * 2. `lockAndReadFacts`: lock every node the batch touches and read what the merge needs;
 * 3. `writeBatch`: every deletion and write of the batch, one `UNWIND` per kind of row.
 * Each has one fixed text, so Neo4j plans it once. Their rows travel in ONE map parameter, `$batch`: Neo4j
 * caches plans by text and top-level parameter types, and an empty list is not of the same type as a list
 * of strings, so one parameter per list made every new mix of empty and non-empty lists plan the statement
 * again (measured: 0.5-2 s each time).
 */

/**
 * The plans of the write statements (these and the naive writer's) never depend on statistics (every lookup
 * is a unique-index seek on `id`), so Neo4j is told not to replan them when the graph's counts change, as
 * they do all through a bulk load: planning the write statement costs about a second on a busy machine.
 */
export const KEEP_PLAN = 'CYPHER replan=skip';

/** A stored document's state as both writers read it (write/facts.ts `StoredDocumentRow`), a map of `d`. */
export const DOCUMENT_STATE_FIELDS =
  '{id: d.id, sha256: d.sha256, knowledge: d.knowledge, ownNode: d.ownNode, nodeIds: d.nodeIds, edgeTypes: d.edgeTypes, edgeFroms: d.edgeFroms, edgeTos: d.edgeTos}';

/** What a document's clause texts are read from (encode.ts `decodeClauseTexts`): spans of its text. */
export const OWN_TEXT_FIELDS =
  'text: d.text, clauseStarts: d.clauseStarts, clauseEnds: d.clauseEnds, clauseTexts: d.clauseTexts';

export interface EdgeKey {
  id: string;
  type: string;
  from: string;
  to: string;
}

/**
 * Lock the documents a batch writes or removes and return the stored ones. Documents to write are created
 * empty when absent (filled later in the same transaction), so two writers of one new document queue too;
 * only documents with a stored hash are returned. Ids sorted, for a fixed lock order between writers.
 */
export function lockDocumentStates(write: string[], remove: string[]): CypherQuery {
  return {
    cypher: `${KEEP_PLAN}
CALL () {
  UNWIND $batch.write AS id
  MERGE (d:${DOCUMENT_LABEL} {id: id})
  SET d.id = id
  RETURN d
  UNION
  UNWIND $batch.remove AS id
  MATCH (d:${DOCUMENT_LABEL} {id: id})
  SET d.id = id
  RETURN d
}
WITH d
WHERE d.sha256 IS NOT NULL
RETURN ${DOCUMENT_STATE_FIELDS} AS document`,
    params: { batch: { write: [...new Set(write)].sort(), remove: [...new Set(remove)].sort() } },
  };
}

/** What a batch must read once it knows which stored documents it replaces (write/plan.ts `scopeBatch`). */
export interface FactsScope {
  /** Every node the batch touches, sorted: locked (created empty when absent) and their merge state read. */
  nodeIds: string[];
  /** Nodes a replaced document named: their contributions from the other documents are read. */
  remergeIds: string[];
  /** Stored documents the batch replaces or removes. */
  replaced: string[];
  /** Documents the batch writes or removes: their stored clause texts are not read back. */
  changed: string[];
  /** Relationships the batch may rewrite. */
  edges: EdgeKey[];
}

/**
 * Lock the batch's nodes, then read in one round trip: their merge state, the remaining contributions of
 * the nodes to re-merge, the clause texts of the stored documents whose own node they are, and the stored
 * relationships the batch touches. Returns one row of four lists.
 */
export function lockAndReadFacts(scope: FactsScope): CypherQuery {
  return {
    cypher: `${KEEP_PLAN}
CALL () {
  UNWIND $batch.nodeIds AS id
  MERGE (n:${ENTITY_LABEL} {id: id})
  SET n.id = id
  RETURN collect({id: id, fields: n.mergeFields, names: n.mergeNames}) AS nodes
}
CALL () {
  UNWIND $batch.remergeIds AS id
  MATCH (n:${ENTITY_LABEL} {id: id})<-[c:${CONTRIBUTES}]-(d:${DOCUMENT_LABEL})
  WHERE NOT d.id IN $batch.replaced
  RETURN collect({id: id, document: d.id, node: c.node, own: c.own}) AS contributions
}
CALL () {
  UNWIND $batch.nodeIds AS id
  MATCH (d:${DOCUMENT_LABEL} {ownNode: id})
  WHERE NOT d.id IN $batch.changed
  RETURN collect({id: id, document: d.id, ${OWN_TEXT_FIELDS}}) AS ownTexts
}
CALL () {
  UNWIND $batch.edges AS row
  MATCH (a:${ENTITY_LABEL} {id: row.from})-[r]->(b:${ENTITY_LABEL} {id: row.to})
  WHERE type(r) = row.type
  RETURN collect({id: row.id, type: row.type, from: row.from, to: row.to, props: properties(r)}) AS edges
}
RETURN nodes, contributions, ownTexts, edges`,
    params: {
      batch: {
        nodeIds: scope.nodeIds,
        remergeIds: scope.remergeIds,
        replaced: scope.replaced,
        changed: scope.changed,
        edges: scope.edges.map(({ id, type, from, to }) => ({ id, type, from, to })),
      },
    },
  };
}

export interface NodeRow {
  id: string;
  kind: string;
  props: Record<string, unknown>;
}

export interface DocumentRow {
  id: string;
  props: Record<string, unknown>;
}

/** A document's link to a node it contributed; `json` is its own view of the node. */
export interface ContributionRow {
  document: string;
  node: string;
  json: string;
  own: boolean;
}

export interface EdgeRow {
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
  /** True when the relationship is stored already (updated in place), false when it is created. */
  stored: boolean;
}

/** Everything one batch changes (write/plan.ts `planBatch`). */
export interface BatchWrites {
  /** Documents whose contribution links go (they are replaced or removed). */
  deleteContributions: string[];
  deleteEdges: EdgeKey[];
  deleteNodes: string[];
  deleteDocuments: string[];
  /** Nodes whose stored properties change; all exist (locked by `lockAndReadFacts`). */
  nodes: NodeRow[];
  /** Documents written; all exist (locked by `lockDocumentStates`). */
  documents: DocumentRow[];
  contributions: ContributionRow[];
  edges: EdgeRow[];
}

/**
 * Apply a batch's changes in one statement: deletions first, then nodes (every kind label is removed and
 * the node's own set, so a node whose merged kind changed carries exactly one), documents, contribution
 * links, updated relationships, new relationships. Kind labels and relationship types are checked against
 * the ontology allow-list, then travel as parameters (`SET n:$(row.kind)`, `[r:$(row.type)]`), so the text
 * is the same for every batch and Neo4j plans it once. Unit subqueries run in order, each seeing the
 * previous ones' writes.
 */
export function writeBatch(ontology: Ontology, writes: BatchWrites): CypherQuery {
  return {
    cypher: writeBatchCypher(ontology),
    params: {
      batch: {
        deleteContributions: writes.deleteContributions,
        deleteEdges: writes.deleteEdges.map(({ type, from, to }) => ({ type, from, to })),
        deleteNodes: writes.deleteNodes,
        deleteDocuments: writes.deleteDocuments,
        nodes: writes.nodes.map(({ id, kind, props }) => ({ id, kind: kindLabel(ontology, kind), props })),
        documents: writes.documents,
        contributions: writes.contributions,
        updateEdges: writes.edges
          .filter((e) => e.stored)
          .map(({ type, from, to, props }) => ({ type: relationType(ontology, type), from, to, props })),
        createEdges: writes.edges
          .filter((e) => !e.stored)
          .map(({ type, from, to, props }) => ({ type: relationType(ontology, type), from, to, props })),
      },
    },
  };
}

const unit = (body: string): string => `CALL () {\n  ${body.split('\n').join('\n  ')}\n}`;

function writeBatchCypher(ontology: Ontology): string {
  return [
    KEEP_PLAN,
    unit(`UNWIND $batch.deleteContributions AS id
MATCH (:${DOCUMENT_LABEL} {id: id})-[c:${CONTRIBUTES}]->()
DELETE c`),
    unit(`UNWIND $batch.deleteEdges AS row
MATCH (a:${ENTITY_LABEL} {id: row.from})-[r]->(b:${ENTITY_LABEL} {id: row.to})
WHERE type(r) = row.type
DELETE r`),
    unit(`UNWIND $batch.deleteNodes AS id
MATCH (n:${ENTITY_LABEL} {id: id})
DETACH DELETE n`),
    unit(`UNWIND $batch.deleteDocuments AS id
MATCH (d:${DOCUMENT_LABEL} {id: id})
DETACH DELETE d`),
    unit(`UNWIND $batch.nodes AS row
MATCH (n:${ENTITY_LABEL} {id: row.id})
SET n = row.props
REMOVE n:${ontology.nodeKinds.join(':')}
SET n:$(row.kind)`),
    unit(`UNWIND $batch.documents AS row
MATCH (d:${DOCUMENT_LABEL} {id: row.id})
SET d = row.props`),
    unit(`UNWIND $batch.contributions AS row
MATCH (d:${DOCUMENT_LABEL} {id: row.document})
MATCH (n:${ENTITY_LABEL} {id: row.node})
CREATE (d)-[:${CONTRIBUTES} {node: row.json, own: row.own}]->(n)`),
    unit(`UNWIND $batch.updateEdges AS row
MATCH (a:${ENTITY_LABEL} {id: row.from})-[r]->(b:${ENTITY_LABEL} {id: row.to})
WHERE type(r) = row.type
SET r = row.props`),
    unit(`UNWIND $batch.createEdges AS row
MATCH (a:${ENTITY_LABEL} {id: row.from})
MATCH (b:${ENTITY_LABEL} {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props`),
  ].join('\n');
}
