/** The Neo4j adapter of the GraphStore port (docs/neo4j-store.md). */
export type { CypherQuery } from './cypher.js';
export { mapDriverError } from './errors.js';
export { CypherExecutor, type Neo4jConnection } from './executor.js';
export {
  type AutoCommitWriter,
  DEFAULT_BATCH_SIZE,
  Neo4jStore,
  type Neo4jStoreOptions,
} from './Neo4jStore.js';
export { renderConstraintsFile, schemaStatements } from './schema.js';
