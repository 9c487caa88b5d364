import type { Record as Neo4jRecord } from 'neo4j-driver';
import type { PreparedExtraction } from '../../src/graph/lineage/index.js';
import type { CypherQuery } from '../../src/graph/neo4j/cypher.js';
import type { AutoCommitWriter } from '../../src/graph/neo4j/index.js';
import {
  type BatchResult,
  decodeDocumentState,
  decodeFacts,
  type FactRows,
  planBatch,
  type StoredDocumentRow,
  scopeBatch,
} from '../../src/graph/neo4j/write/index.js';
import type { Ontology } from '../../src/ontology/index.js';
import * as perRow from './statements.js';

/** Runs one statement in its own auto-commit transaction. */
export type AutoCommitRunner = (query: CypherQuery) => Promise<Neo4jRecord[]>;

/**
 * The naive writer, the "one statement per row" baseline of issue 6 (benchmark G3): documents one after the
 * other, and for each one every read and every write of a single row (a document, a node, a relationship, a
 * contribution link) is its own statement in its own auto-commit transaction, without UNWIND. It reads and
 * writes the same rows as the batched writer and merges them with the same plan (src/graph/neo4j/write/plan.ts), so it
 * builds the same graph; it takes no locks and a document is not atomic (a failure can leave it half
 * written), which is why it lives in bench/ and plugs into the store only there (`naiveWriter`).
 */
export async function applyNaive(
  run: AutoCommitRunner,
  ontology: Ontology,
  writes: PreparedExtraction[],
  removals: string[],
): Promise<BatchResult> {
  const result: BatchResult = { written: new Set(), unchanged: new Set(), removed: new Set() };
  const items: Array<[PreparedExtraction[], string[]]> = [
    ...writes.map((w): [PreparedExtraction[], string[]] => [[w], []]),
    ...removals.map((id): [PreparedExtraction[], string[]] => [[], [id]]),
  ];
  for (const [write, remove] of items) {
    const one = await applyOne(run, ontology, write, remove);
    for (const key of ['written', 'unchanged', 'removed'] as const)
      for (const id of one[key]) result[key].add(id);
  }
  return result;
}

async function rowsOf<T>(run: AutoCommitRunner, queries: CypherQuery[]): Promise<T[]> {
  const out: T[] = [];
  for (const query of queries) for (const record of await run(query)) out.push(record.get('row') as T);
  return out;
}

async function applyOne(
  run: AutoCommitRunner,
  ontology: Ontology,
  writes: PreparedExtraction[],
  removals: string[],
): Promise<BatchResult> {
  const ids = [...writes.map((w) => w.extraction.document.id), ...removals];
  const documents = await rowsOf<StoredDocumentRow>(run, ids.map(perRow.readDocument));
  const scope = scopeBatch(writes, removals, documents.map(decodeDocumentState));
  const facts = scope.facts;
  if (!facts) return scope.result;

  const rows: FactRows = {
    nodes: await rowsOf(run, facts.nodeIds.map(perRow.readNode)),
    contributions: await rowsOf(
      run,
      facts.remergeIds.map((id) => perRow.readContributions(id, facts.replaced)),
    ),
    ownTexts: await rowsOf(
      run,
      facts.nodeIds.map((id) => perRow.readOwnTexts(id, facts.changed)),
    ),
    edges: await rowsOf(run, facts.edges.map(perRow.readEdge)),
  };
  const plan = planBatch(scope, decodeFacts(rows));

  const statements: CypherQuery[] = [
    ...plan.deleteContributions.map(perRow.deleteContributions),
    ...plan.deleteEdges.map(perRow.deleteEdge),
    ...plan.deleteNodes.map(perRow.deleteNode),
    ...plan.deleteDocuments.map(perRow.deleteDocument),
    ...plan.nodes.map((n) => perRow.upsertNode(ontology, n.kind, n.id, n.props)),
    ...plan.documents.map((d) => perRow.upsertDocument(d.id, d.props)),
    ...plan.contributions.map(perRow.createContribution),
    ...plan.edges.map((e) => perRow.upsertEdge(ontology, e)),
  ];
  for (const statement of statements) await run(statement);
  return scope.result;
}

/** The naive writer as the Neo4j store's pluggable writer: one document per call, so a failure names it. */
export const naiveWriter: AutoCommitWriter = { batchSize: 1, apply: applyNaive };
