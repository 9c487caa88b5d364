/** Pure Cypher builders: each returns `{cypher, params}`; values travel only as parameters. */
export { kindLabel, relationType } from './allowList.js';
export * as reads from './reads.js';
export {
  createContributions,
  deleteContributions,
  deleteDocuments,
  deleteEdgesByKey,
  deleteNodes,
  type EdgeKey,
  lockDocuments,
  lockNodes,
  readDocumentStates,
  readEdgesByKey,
  readNodeContributions,
  readNodeStates,
  readOwnClauseTexts,
  upsertDocuments,
  upsertEdges,
  upsertNodes,
} from './writes.js';
