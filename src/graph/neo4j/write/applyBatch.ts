import type { Record as Neo4jRecord } from 'neo4j-driver';
import type { Ontology } from '../../../ontology/index.js';
import type { PreparedExtraction } from '../../lineage/index.js';
import { lockAndReadFacts, lockDocumentStates, writeBatch } from '../builders/index.js';
import type { CypherQuery } from '../cypher.js';
import { decodeDocumentState, decodeFacts, type FactRows } from './facts.js';
import { type BatchResult, planBatch, scopeBatch } from './plan.js';

/** Runs statements inside the batch's one transaction. */
export interface StatementRunner {
  run(query: CypherQuery): Promise<Neo4jRecord[]>;
}

/**
 * Write some documents and remove others in one transaction, replacing each one's previous facts
 * (docs/store-semantics.md §1), in three statements whatever the batch size: lock the documents and read
 * their stored state; lock the nodes the batch touches and read what the merge needs; write everything.
 * The merge itself runs in TypeScript (write/plan.ts). Document ids must be distinct within a batch.
 */
export async function applyBatch(
  tx: StatementRunner,
  ontology: Ontology,
  writes: PreparedExtraction[],
  removals: string[],
): Promise<BatchResult> {
  const documents = await tx.run(
    lockDocumentStates(
      writes.map((w) => w.extraction.document.id),
      removals,
    ),
  );
  const scope = scopeBatch(
    writes,
    removals,
    documents.map((r) => decodeDocumentState(r.get('document'))),
  );
  if (!scope.facts) return scope.result;
  const [record] = await tx.run(lockAndReadFacts(scope.facts));
  const rows: FactRows = {
    nodes: record!.get('nodes'),
    contributions: record!.get('contributions'),
    ownTexts: record!.get('ownTexts'),
    edges: record!.get('edges'),
  };
  await tx.run(writeBatch(ontology, planBatch(scope, decodeFacts(rows))));
  return scope.result;
}
