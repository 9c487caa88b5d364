/** Pure Cypher builders: each returns `{cypher, params}`; values travel only as parameters. */
export { kindLabel, relationType } from './allowList.js';
export * as reads from './reads.js';
export {
  type BatchWrites,
  type ContributionRow,
  DOCUMENT_STATE_FIELDS,
  type DocumentRow,
  type EdgeKey,
  type EdgeRow,
  type FactsScope,
  KEEP_PLAN,
  lockAndReadFacts,
  lockDocumentStates,
  type NodeRow,
  OWN_TEXT_FIELDS,
  writeBatch,
} from './writes.js';
